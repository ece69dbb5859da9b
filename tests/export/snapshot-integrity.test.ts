// @vitest-environment node
// Issue 16: a snapshot file edited by hand, by an attacker or by a careless editor. Each case
// reads the file through readSnapshot only, as the page does.
import { describe, expect, it } from 'vitest';
import { snapshotDigest } from '../../src/domain/exports/snapshot';
import { readSnapshot } from '../../src/domain/exports/snapshot-read';
import { snapshotText } from './snapshot-fixture';

const read = (text: string) => readSnapshot(text, new TextEncoder().encode(text).length);

/** Edits the parsed file, then recomputes its SHA-256 exactly as the app does. */
async function resealed(edit: (json: Record<string, unknown>) => void): Promise<string> {
  const json = JSON.parse(await snapshotText()) as Record<string, unknown>;
  edit(json);
  json.sha256 = await snapshotDigest(json);
  return JSON.stringify(json, null, 1);
}

type Named = { name: { zh: string; en: string } };
const firstIndicator = (json: Record<string, unknown>) =>
  (json.data as { indicators: Named[] }).indicators[0]!;

describe('duplicate keys in a snapshot file', () => {
  it('refuses a duplicated "simulated" key (true, then false), naming line and key', async () => {
    // A demo snapshot whose flag is then "switched off" by a second key JSON.parse would keep.
    const text = (await resealed((j) => (j.simulated = false))).replace(
      '"simulated": false',
      '"simulated": true,\n "simulated": false',
    );
    const result = await read(text);
    const line = text.split('\n').findIndex((l) => l.includes('"simulated": false')) + 1;
    expect(result).toMatchObject({
      ok: false,
      problem: 'duplicate_key',
      params: { key: 'simulated', line, path: '(root)' },
    });
  });

  it('refuses two "value" keys on one observation, with the path to it', async () => {
    const text = (await snapshotText()).replace('"value": 4200', '"value": 80000, "value": 4200');
    const result = await read(text);
    expect(result).toMatchObject({ ok: false, problem: 'duplicate_key', params: { key: 'value' } });
    expect(!result.ok && result.params?.path).toMatch(
      /^data\.indicators\[\d+\]\.observations\[0\]$/,
    );
  });

  it('sees a duplicate written with an escape ("\\u0076alue" is "value")', async () => {
    const text = (await snapshotText()).replace('"value": 4200', '"value": 4200, "\\u0076alue": 1');
    expect(await read(text)).toMatchObject({ problem: 'duplicate_key', params: { key: 'value' } });
  });

  it('does not take the same key in two sibling objects for a duplicate', async () => {
    expect((await read(await snapshotText())).ok).toBe(true);
  });
});

describe('hostile structure', () => {
  it('measures 100,000 levels of nesting before parsing and says it is too deeply nested', async () => {
    const text = `{"format":"plan-tracker-snapshot","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(await read(text)).toMatchObject({
      ok: false,
      problem: 'too_deep',
      params: { line: 1, depth: 32 },
    });
  });

  it('names a "__proto__" key when it refuses the file', async () => {
    const text = (await snapshotText()).replace('"view": {', '"view": {"__proto__": {"x": 1}, ');
    const result = await read(text);
    expect(result).toMatchObject({
      ok: false,
      problem: 'forbidden_key',
      params: { key: '__proto__' },
    });
    expect(!result.ok && result.detail).toContain('"__proto__"');
  });
});

describe('invisible names', () => {
  it.each([
    ['zero-width characters', '\u200B\u200C\u200D\u2060'],
    ['bidi overrides', '\u202E\u202D\u2066\u2069'],
    ['control characters', '\t\r\n'],
  ])('refuses a name made only of %s, naming the field', async (_what, name) => {
    const text = await resealed((j) => (firstIndicator(j).name.zh = name));
    expect(await read(text)).toMatchObject({
      ok: false,
      problem: 'invisible_name',
      params: { path: 'data.indicators[0].name.zh' },
    });
  });

  it('keeps a name with visible characters beside a zero-width joiner', async () => {
    const text = await resealed((j) => (firstIndicator(j).name.zh = '职工\u200D创新工作室'));
    expect((await read(text)).ok).toBe(true);
  });
});

describe('what the SHA-256 is', () => {
  it('is only a checksum: an edited figure with a recomputed hash still reads', async () => {
    // The seal is no proof: the verification against the published data is (snapshot-verify).
    const text = await resealed((j) => {
      const data = j.data as { indicators: { observations: { value: number }[] }[] };
      data.indicators.find((i) => i.observations.length > 0)!.observations[0]!.value = 9000;
    });
    expect((await read(text)).ok).toBe(true);
  });
});
