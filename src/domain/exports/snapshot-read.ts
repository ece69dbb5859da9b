// Reading a snapshot file someone hands us: every way it can be wrong becomes a named reason,
// checked cheapest first, so the UI can say which and keep what was on screen. What this proves
// is only that the file is well-formed and intact; whether its figures are the published ones is
// snapshot-verify.ts's question.
import { scanJson } from '../json/duplicate-keys';
import { MAX_SNAPSHOT_BYTES, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, snapshotDigest } from './snapshot';
import { snapshotSchema, type Snapshot } from './snapshot';
import { invisibleName } from './snapshot-text';

export type SnapshotProblem =
  | 'too_large'
  | 'too_deep'
  | 'not_json'
  | 'duplicate_key'
  | 'forbidden_key'
  | 'not_snapshot'
  | 'future_version'
  | 'tampered'
  | 'invalid'
  | 'invisible_name';

/** What the message names: the key, its line, where it sits. */
export type SnapshotProblemParams = { key?: string; line?: number; path?: string; depth?: number };

export type SnapshotReadResult =
  | { ok: true; snapshot: Snapshot }
  | { ok: false; problem: SnapshotProblem; detail: string; params?: SnapshotProblemParams };

/** A snapshot is about ten levels deep; anything past this is not one of ours. */
export const MAX_SNAPSHOT_DEPTH = 32;
/** Keys no snapshot has, refused by name wherever they appear. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (
  problem: SnapshotProblem,
  detail: string,
  params?: SnapshotProblemParams,
): SnapshotReadResult => ({ ok: false, problem, detail, ...(params ? { params } : {}) });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Size first (before reading the text). */
export function checkSnapshotSize(bytes: number): SnapshotReadResult | null {
  return bytes > MAX_SNAPSHOT_BYTES
    ? fail('too_large', `${bytes} bytes > ${MAX_SNAPSHOT_BYTES}`)
    : null;
}

/** Size, nesting depth (before parsing), JSON, keys, format, version, hash, shape, names. */
export async function readSnapshot(text: string, bytes: number): Promise<SnapshotReadResult> {
  const tooLarge = checkSnapshotSize(bytes);
  if (tooLarge) return tooLarge;
  const scan = scanJson(text, { maxDepth: MAX_SNAPSHOT_DEPTH, forbiddenKeys: FORBIDDEN_KEYS });
  if (scan.tooDeep)
    return fail(
      'too_deep',
      `nested more than ${MAX_SNAPSHOT_DEPTH} levels deep at line ${scan.tooDeep.line}`,
      { line: scan.tooDeep.line, depth: MAX_SNAPSHOT_DEPTH },
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('not_json', error instanceof Error ? error.message : String(error));
  }
  const forbidden = scan.keyIssues.find((issue) => issue.kind === 'forbidden');
  if (forbidden)
    return fail(
      'forbidden_key',
      `key "${forbidden.key}" at line ${forbidden.line} (${forbidden.path})`,
      {
        key: forbidden.key,
        line: forbidden.line,
        path: forbidden.path,
      },
    );
  const duplicate = scan.keyIssues.find((issue) => issue.kind === 'duplicate');
  if (duplicate)
    return fail(
      'duplicate_key',
      `key "${duplicate.key}" at line ${duplicate.line} repeats line ${duplicate.firstLine} (${duplicate.path})`,
      { key: duplicate.key, line: duplicate.line, path: duplicate.path },
    );
  if (!isRecord(json) || json.format !== SNAPSHOT_FORMAT)
    return fail('not_snapshot', 'no "format": "plan-tracker-snapshot" member');
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail('invalid', 'version: must be a whole number');
  if (version > SNAPSHOT_VERSION)
    return fail('future_version', `version ${version} > ${SNAPSHOT_VERSION}`);
  if (typeof json.sha256 !== 'string' || (await snapshotDigest(json)) !== json.sha256)
    return fail('tampered', 'the SHA-256 does not match the content');
  // Before the schema, whose "must not be empty" would hide which kind of blank it was.
  const blank = invisibleName(json);
  if (blank) return fail('invisible_name', `${blank}: only invisible characters`, { path: blank });
  const parsed = snapshotSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('invalid', `${first?.path.join('.') || '(root)'}: ${first?.message ?? ''}`);
  }
  return { ok: true, snapshot: parsed.data };
}
