// Reading a snapshot file someone hands us: every way it can be wrong becomes a named reason,
// checked cheapest first, so the UI can say which and keep what was on screen.
import { MAX_SNAPSHOT_BYTES, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotDigest } from './snapshot';
import { snapshotSchema, type Snapshot } from './snapshot';

export type SnapshotProblem =
  'too_large' | 'not_json' | 'not_snapshot' | 'future_version' | 'tampered' | 'invalid';

export type SnapshotReadResult =
  { ok: true; snapshot: Snapshot } | { ok: false; problem: SnapshotProblem; detail: string };

const fail = (problem: SnapshotProblem, detail: string): SnapshotReadResult => ({
  ok: false,
  problem,
  detail,
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Size first (before reading the text), then JSON, format, version, hash, and finally shape. */
export function checkSnapshotSize(bytes: number): SnapshotReadResult | null {
  return bytes > MAX_SNAPSHOT_BYTES
    ? fail('too_large', `${bytes} bytes > ${MAX_SNAPSHOT_BYTES}`)
    : null;
}

export async function readSnapshot(text: string, bytes: number): Promise<SnapshotReadResult> {
  const tooLarge = checkSnapshotSize(bytes);
  if (tooLarge) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('not_json', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(json) || json.format !== SNAPSHOT_FORMAT)
    return fail('not_snapshot', 'no "format": "plan-tracker-snapshot" member');
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', 'version: must be a whole number');
  if (version > SNAPSHOT_VERSION)
    return fail('future_version', `version ${version} > ${SNAPSHOT_VERSION}`);
  if (typeof json.sha256 !== 'string' || (await snapshotDigest(json)) !== json.sha256)
    return fail('tampered', 'the SHA-256 does not match the content');
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('invalid', `${first?.path.join('.') || '(root)'}: ${first?.message ?? ''}`);
  }
  return { ok: true, snapshot: parsed.data };
}
