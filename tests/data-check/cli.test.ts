// @vitest-environment node
// Runs the real command, as CI and curators do.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { VALID_DIR } from './helpers';

const REPO = path.resolve(VALID_DIR, '../../../..');
const temps: string[] = [];

function copyOfFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'data-check-'));
  temps.push(dir);
  cpSync(VALID_DIR, dir, { recursive: true });
  return dir;
}

function dataCheck(dir: string, env: Record<string, string> = {}) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dir], {
    cwd: REPO,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('scripts/data-check.ts', () => {
  it('exits 0 and sums up a valid dataset', () => {
    const dir = copyOfFixture();
    const { code, stdout } = dataCheck(dir);
    expect(stdout).toContain(
      `✓ ${dir}/ ok: 2 plans, 4 indicators, 1 series, 2 figures, 2 observations, 15 quotes checked\n` +
        '  2 indicators or series carry a reported actual; 1 (series, year) pairs have a target and an actual, 0 a target and a verdict stated in words',
    );
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 and names file, indicator and field of each error', () => {
    const dir = copyOfFixture();
    const file = path.join(dir, 'plans', 'worker-development-2021-2025.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('职工创新工作室达到8000家', '职工创新工作室达到八百家'),
    );
    const sources = path.join(dir, 'sources.json');
    writeFileSync(sources, `\uFEFF${readFileSync(sources, 'utf8')}`);
    const { code, stdout, stderr } = dataCheck(dir);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `${dir}/plans/worker-development-2021-2025.json › indicator innovation-studios › target.citation.quote: quote "职工创新工作室达到八百家" does not state 8000`,
    );
    expect(stderr).toContain(`${dir}/sources.json: starts with a byte-order mark (BOM)`);
    expect(stderr).toContain('has 2 errors');
    expect(code).toBe(1);
  }, 60_000);

  it('exits 1 when the directory does not exist', () => {
    const { code, stderr } = dataCheck(path.join(tmpdir(), 'no-such-data-dir-for-data-check'));
    expect(stderr).toContain('does not exist');
    expect(code).toBe(1);
  }, 60_000);

  it('takes "today" from the Beijing day: at 17:00 UTC a figure dated the next day is today', () => {
    // DATA_CHECK_NOW pins the clock. 2027-03-01T17:00Z is 01:00 on 2 March in Beijing, where
    // the plans are kept; the UTC day is still 1 March.
    const dir = copyOfFixture();
    const file = path.join(dir, 'plans', 'air-quality-2026.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as {
      indicators: { observations: { date: string }[] }[];
    };
    json.indicators[0]!.observations[1]!.date = '2027-03-02';
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    const accepted = dataCheck(dir, { DATA_CHECK_NOW: '2027-03-01T17:00:00Z' });
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    // One minute before Beijing midnight the same figure is still in the future.
    const refused = dataCheck(dir, { DATA_CHECK_NOW: '2027-03-01T15:59:00Z' });
    expect(refused.stderr).toContain('2027-03-02 is in the future (today is 2027-03-01)');
    expect(refused.code).toBe(1);
  }, 120_000);

  it('exits 1 when DATA_CHECK_NOW is not a date', () => {
    const { code, stderr } = dataCheck(copyOfFixture(), { DATA_CHECK_NOW: 'yesterday' });
    expect(stderr).toContain('DATA_CHECK_NOW');
    expect(code).toBe(1);
  }, 60_000);
});
