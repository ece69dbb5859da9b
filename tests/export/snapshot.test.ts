// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/domain/exports/canonical-json';
import { MAX_SNAPSHOT_BYTES, SNAPSHOT_VERSION } from '../../src/domain/exports/snapshot';
import { readSnapshot } from '../../src/domain/exports/snapshot-read';
import { makeSnapshot, snapshotText } from './snapshot-fixture';

const read = (text: string) => readSnapshot(text, new TextEncoder().encode(text).length);

describe(canonicalJson, () => {
  it('sorts keys at every depth and drops undefined members, so key order never changes the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":"x","f":1}]},"b":1}',
    );
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe(sha256Hex, () => {
  it('is the standard SHA-256 of the UTF-8 bytes', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('规划')).toHaveLength(64);
  });
});

describe(readSnapshot, () => {
  it('accepts the file it wrote, unchanged, whatever the whitespace', async () => {
    const snapshot = await makeSnapshot();
    const result = await read(await snapshotText());
    expect(result).toEqual({ ok: true, snapshot });
    expect((await read(JSON.stringify(snapshot))).ok).toBe(true);
  });

  it('refuses a file whose content was edited after export (hash mismatch)', async () => {
    const text = await snapshotText((json) => {
      const data = json.data as { indicators: { observations: { value: number }[] }[] };
      const studios = data.indicators.find((i) => i.observations.length > 0)!;
      studios.observations[0]!.value += 1;
    });
    expect(await read(text)).toMatchObject({ ok: false, problem: 'tampered' });
  });

  it('refuses an edited as-of date or a replaced hash', async () => {
    expect(await read(await snapshotText((j) => (j.asOf = '2025-01-16')))).toMatchObject({
      problem: 'tampered',
    });
    expect(await read(await snapshotText((j) => (j.sha256 = '0'.repeat(64))))).toMatchObject({
      problem: 'tampered',
    });
    expect(await read(await snapshotText((j) => delete j.sha256))).toMatchObject({
      problem: 'tampered',
    });
  });

  it('refuses text that is not JSON, or JSON that is not a snapshot', async () => {
    expect(await read('{"format": "plan-tracker-snapshot", ')).toMatchObject({
      problem: 'not_json',
    });
    expect(await read('[1, 2]')).toMatchObject({ problem: 'not_snapshot' });
    expect(await read('{"plans": []}')).toMatchObject({ problem: 'not_snapshot' });
  });

  it('refuses a snapshot from a future version before looking further', async () => {
    const text = await snapshotText((j) => (j.version = SNAPSHOT_VERSION + 1));
    expect(await read(text)).toMatchObject({ ok: false, problem: 'future_version' });
  });

  it('refuses an oversized file by its size alone, without parsing it', async () => {
    expect(await readSnapshot('not even json', MAX_SNAPSHOT_BYTES + 1)).toMatchObject({
      ok: false,
      problem: 'too_large',
    });
  });

  it('refuses a correctly sealed file whose data breaks the schema', async () => {
    const { snapshotDigest } = await import('../../src/domain/exports/snapshot');
    const json = JSON.parse(await snapshotText()) as Record<string, unknown>;
    json.asOf = '2025-02-30';
    json.sha256 = await snapshotDigest(json);
    expect(await read(JSON.stringify(json))).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
