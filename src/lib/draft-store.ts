// The draft (草稿): checked report rows (from /import) or a curation update (from /curate)
// applied on top of the published data, shown by the whole app under a banner until discarded. Light on purpose (the first visit loads it): the
// rows are checked and applied by src/lib/reporting/draft.ts, loaded only when a draft exists.
import { create } from 'zustand';
import type { Catalog, Indicator } from '../domain/dataset/schema.ts';
import type { CurationUpdate } from '../domain/curation/update-file.ts';
import type { ReportEntry, ReportProblem } from '../domain/reporting/report-types.ts';
import { isDemoActive } from './demo-store.ts';

/** What IndexedDB keeps: the rows, and the published dataset they were checked against. */
export interface StoredDraft {
  /** The report rows of an /import draft; [] for a curation draft. */
  entries: ReportEntry[];
  /** A /curate draft's update (pt-curation-v1), applied with applyCurationToApi. */
  curation?: CurationUpdate;
  baseHash: string;
  fileName: string;
  createdAt: string;
}

/** How many rows or entries a draft holds. */
export const draftSize = (stored: StoredDraft): number =>
  stored.curation ? stored.curation.entries.length : stored.entries.length;

/** The page a draft was made on, where it can be reviewed. */
export const draftPage = (stored: StoredDraft): '/curate' | '/import' =>
  stored.curation ? '/curate' : '/import';

export interface ActiveDraft {
  stored: StoredDraft;
  catalog: Catalog;
  indicators: Indicator[];
  /** The published data changed since the draft was made. */
  stale: boolean;
  /** Rows that no longer apply to the published data (already there, or in conflict). */
  conflicts: ReportProblem[];
}

export const useDraftStore = create<{ draft: ActiveDraft | null }>()(() => ({ draft: null }));

/** An embed (/embed/…, framed by another site) shows only published figures, never a draft. */
const inEmbed = (): boolean => globalThis.location?.pathname.startsWith('/embed/') ?? false;

/** True while the app shows draft data; never in demo mode, never in an embed. */
export const isDraftActive = (): boolean =>
  useDraftStore.getState().draft !== null && !isDemoActive() && !inEmbed();

/** Bilingual on purpose, like the simulated stamp. */
export const DRAFT_STAMP = '草稿：未发布的填报数据 / Draft: unpublished report data';

/** The draft's own indicator for `indicators/<id>.json`, or undefined. */
function draftIndicator(path: string): Indicator | undefined {
  const draft = useDraftStore.getState().draft;
  if (!draft || isDemoActive() || inEmbed()) return undefined;
  const id = /^indicators\/(.+)\.json$/.exec(path)?.[1];
  return id ? draft.indicators.find((i) => i.id === decodeURIComponent(id)) : undefined;
}

/** What api.ts returns instead of the published answer while a draft is shown. */
export function overlayDraft<T>(path: string, published: T): T {
  const draft = useDraftStore.getState().draft;
  if (!draft || isDemoActive() || inEmbed()) return published;
  if (path === 'plans.json') return draft.catalog as T;
  if (path === 'indicators.json') return draft.indicators as T;
  return (draftIndicator(path) as T) ?? published;
}

/** A resource only the draft has (a curated new indicator, which the site never published). */
export const draftOnly = <T>(path: string): T | undefined => draftIndicator(path) as T | undefined;
