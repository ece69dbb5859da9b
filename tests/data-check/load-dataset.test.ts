// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { displayDir, readDatasetFiles } from '../../scripts/lib/read-dataset-files';
import { FIXTURES_DIR, TODAY, VALID_DIR } from './helpers';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'load-dataset-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe(readDatasetFiles, () => {
  it('reads JSON files only, with paths relative to the working directory', () => {
    expect(readDatasetFiles('valid', FIXTURES_DIR).map((f) => f.path)).toEqual([
      'valid/plans/air-quality-2026.json',
      'valid/plans/worker-development-2021-2025.json',
      'valid/series/good-air-days-share.json',
      'valid/sources.json',
    ]);
  });

  it('keeps a BOM and skips dot-files, so the checker sees the file as it is', () => {
    const dir = tempDir({ 'sources.json': '\uFEFF{}', '.draft.json': '{', 'plans/.x.json': '{' });
    expect(readDatasetFiles(dir)).toEqual([{ path: `${dir}/sources.json`, text: '\uFEFF{}' }]);
  });
});

describe(displayDir, () => {
  it('is relative inside the working directory and absolute outside it', () => {
    expect(displayDir('data', '/repo')).toBe('data');
    expect(displayDir('/repo/data/', '/repo')).toBe('data');
    expect(displayDir('/tmp/x', '/repo')).toBe('/tmp/x');
  });
});

describe(loadDataset, () => {
  it('returns the validated dataset', () => {
    const dataset = loadDataset('valid', { cwd: FIXTURES_DIR, today: TODAY });
    expect(dataset.plans.map((p) => p.plan.id)).toEqual([
      'air-quality-2026',
      'worker-development-2021-2025',
    ]);
    expect(dataset.sources.map((s) => s.id)).toContain('bftu-worker-plan-qa');
  });

  it('throws one Error that lists every problem', () => {
    const dir = tempDir({ 'plans/x.json': '{"plan": 1, "indicators": []}' });
    expect(() => loadDataset(dir, { today: TODAY })).toThrowError(
      `${dir}/ has 2 data error(s):\n  ${dir}/plans/x.json › plan: must be an object, got 1\n  ${dir}/sources.json: is missing`,
    );
  });

  it('uses the real date when no today is given', () => {
    expect(() => loadDataset(VALID_DIR)).not.toThrow();
  });
});
