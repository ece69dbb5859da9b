// The snapshot file: a frozen copy of the data in view with the as-of date and view state,
// sealed by a SHA-256 of its canonical content so an edited file is recognised.
import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from './canonical-json';
import {
  CATEGORIES,
  catalogSchema,
  idSchema,
  indicatorListSchema,
  isoDateSchema,
  type Catalog,
  type Indicator,
} from '../dataset/schema';
import { STATUS_ORDER } from '../evaluation/status';

export const SNAPSHOT_FORMAT = 'plan-tracker-snapshot';
/** Bump when the file's shape changes; files from a newer version are refused, not guessed at. */
export const SNAPSHOT_VERSION = 1;
/** The whole dataset is well under 1 MB; anything this big is not one of ours. */
export const MAX_SNAPSHOT_BYTES = 20 * 1024 * 1024;

export const snapshotViewSchema = z.strictObject({
  plan: z.nullable(idSchema),
  category: z.nullable(z.enum(CATEGORIES)),
  status: z.nullable(z.enum(STATUS_ORDER)),
  q: z.string().check(z.maxLength(100)),
  ids: z.array(idSchema),
});

export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  createdAt: z.iso.datetime(),
  asOf: isoDateSchema,
  /** True when the figures were demo mode's simulated ones. */
  simulated: z.boolean(),
  /** The page the snapshot was taken on ("/", "/compare", "/indicator/<id>"). */
  path: z.string().check(z.regex(/^\/[\w/-]*$/), z.maxLength(200)),
  view: snapshotViewSchema,
  data: z.strictObject({ catalog: catalogSchema, indicators: indicatorListSchema }),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

export type SnapshotView = z.infer<typeof snapshotViewSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotInput = {
  createdAt: string;
  asOf: string;
  simulated: boolean;
  path: string;
  view: SnapshotView;
  catalog: Catalog;
  indicators: Indicator[];
};

/** The hash covers every member except the hash itself. */
export function snapshotDigest(content: Record<string, unknown>): Promise<string> {
  const rest = Object.fromEntries(Object.entries(content).filter(([key]) => key !== 'sha256'));
  return sha256Hex(canonicalJson(rest));
}

/** A sealed snapshot, ready to be written as JSON. */
export async function createSnapshot(input: SnapshotInput): Promise<Snapshot> {
  const body = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    createdAt: input.createdAt,
    asOf: input.asOf,
    simulated: input.simulated,
    path: input.path,
    view: input.view,
    data: { catalog: input.catalog, indicators: input.indicators },
  } as const;
  return { ...body, sha256: await snapshotDigest(body) };
}
