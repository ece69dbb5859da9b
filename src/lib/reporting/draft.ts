// Drafts: keeping checked report rows, or a curation update, in IndexedDB (idb-keyval) and
// showing them on top of the published data. Loaded only when a draft exists or is made. A draft is re-checked against
// the published data each time it is shown, so one made against an older dataset says so and
// names the rows that now conflict.
import type { QueryClient } from '@tanstack/react-query';
import { del, get, set } from 'idb-keyval';
import { applyCurationToApi } from '../../domain/curation/curation-api';
import { curationUpdateSchema } from '../../domain/curation/update-file';
import type { Catalog, Indicator } from '../../domain/dataset/schema';
import { applyToApi, datasetFromApi } from '../../domain/reporting/api-dataset';
import type { Cell } from '../../domain/reporting/cells';
import { checkReport } from '../../domain/reporting/check-report';
import { patchRows } from '../../domain/reporting/patch-rows';
import type { ReportProblem } from '../../domain/reporting/report-types';
import { fetchPublished } from '../api';
import { useDraftStore, type ActiveDraft, type StoredDraft } from '../draft-store';

export const DRAFT_KEY = 'plan-tracker-draft';

type Published = { catalog: Catalog; indicators: Indicator[] };

/** The draft's dataset id: `draft-` (never a published hash), the day it was made, its base. */
export const draftDatasetId = (stored: StoredDraft): string =>
  `draft-${stored.createdAt.slice(0, 10)}-${stored.baseHash.slice(0, 12)}`;

/** The stored rows (or curation update) checked again against the published data, and applied to it. */
export function activate(stored: StoredDraft, published: Published, today: string): ActiveDraft {
  if (stored.curation) return activateCuration(stored, stored.curation, published, today);
  const dataset = datasetFromApi(published.catalog, published.indicators, today);
  const rows = patchRows(stored.entries, stored.baseHash).map((line) =>
    line.map((value): Cell => ({ value })),
  );
  const conflicts: ReportProblem[] = [];
  let entries = stored.entries;
  if (dataset) {
    const checked = checkReport({ format: 'csv', sheets: [{ name: 'CSV', rows }] }, dataset, {
      today,
    });
    conflicts.push(...checked.problems);
    for (const a of checked.alreadyThere)
      conflicts.push({
        row: a.row,
        what: {
          zh: `${a.target} ${a.date} 已在发布的数据中`,
          en: `${a.target} ${a.date} is already in the published data`,
        },
        fix: { zh: '这一行不再需要', en: 'this row is no longer needed' },
      });
    // Rows in conflict are left out; the rest still show.
    const bad = new Set(checked.problems.map((p) => p.row));
    entries = stored.entries.filter(
      (_e, i) => !bad.has(i + 3) && !checked.alreadyThere.some((a) => a.row === i + 3),
    );
  }
  const applied = applyToApi(published.catalog, published.indicators, entries, today);
  return {
    stored,
    // Not the published version's hash: a snapshot of draft data must say draft (snapshot-verify).
    catalog: { ...applied.catalog, datasetHash: draftDatasetId(stored) },
    indicators: applied.indicators,
    stale: stored.baseHash !== published.catalog.datasetHash,
    conflicts: [...conflicts, ...applied.problems],
  };
}

/**
 * A curation draft: its update applied by the same applyCurationToApi data:import's checks use.
 * An update with any problem against today's published data changes nothing and names them.
 */
function activateCuration(
  stored: StoredDraft,
  update: NonNullable<StoredDraft['curation']>,
  published: Published,
  today: string,
): ActiveDraft {
  const applied = applyCurationToApi(published.catalog, published.indicators, update, today);
  const conflicts: ReportProblem[] = applied.problems.map((p) => ({
    ...(p.entry !== undefined ? { row: p.entry + 1 } : {}),
    ...(p.field !== undefined ? { column: p.field } : {}),
    what: p.what,
    fix: p.fix,
  }));
  for (const entry of applied.alreadyThere)
    conflicts.push({
      row: entry + 1,
      what: {
        zh: `第 ${entry + 1} 项已在发布的数据中`,
        en: `entry ${entry + 1} is already in the published data`,
      },
      fix: { zh: '这一项不再需要', en: 'this entry is no longer needed' },
    });
  return {
    stored,
    catalog: { ...applied.catalog, datasetHash: draftDatasetId(stored) },
    indicators: applied.indicators,
    stale: stored.baseHash !== published.catalog.datasetHash,
    conflicts,
  };
}

/** A kept draft read back from IndexedDB: report rows, or a curation update that still parses. */
function keptDraft(kept: unknown): StoredDraft | null {
  if (typeof kept !== 'object' || kept === null) return null;
  const stored = kept as StoredDraft;
  if (stored.curation !== undefined)
    return curationUpdateSchema.safeParse(stored.curation).success ? stored : null;
  return Array.isArray(stored.entries) ? stored : null;
}

const refresh = (queryClient: QueryClient) =>
  queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== 'published' });

export async function applyDraft(
  stored: StoredDraft,
  published: Published,
  today: string,
  queryClient: QueryClient,
): Promise<void> {
  await set(DRAFT_KEY, stored);
  useDraftStore.setState({ draft: activate(stored, published, today) });
  await refresh(queryClient);
}

export async function discardDraft(queryClient: QueryClient): Promise<void> {
  await del(DRAFT_KEY);
  useDraftStore.setState({ draft: null });
  await refresh(queryClient);
}

/** At start-up: shows a kept draft again (never in demo mode; the caller checks). */
export async function restoreDraft(queryClient: QueryClient, today: string): Promise<void> {
  const stored = keptDraft(await get<unknown>(DRAFT_KEY));
  if (!stored) return;
  const published = await fetchPublished();
  useDraftStore.setState({ draft: activate(stored, published, today) });
  await refresh(queryClient);
}
