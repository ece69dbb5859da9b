// What a curation update changes, before it is published: every indicator evaluated on the data
// without and with it (new indicators appear as added), and each series year's new target or
// actual. The same comparison /import's preview shows.
import type { Catalog, Indicator, Localized, Unit } from '../dataset/schema.ts';
import type { Comparator } from '../dataset/vocabulary.ts';
import { evaluateAll } from '../evaluation/evaluate-all.ts';
import { summarizeIndicator } from '../evaluation/indicator-summary.ts';
import { diffSummaries, type SnapshotDiff } from '../exports/snapshot-diff.ts';
import type { CurationUpdate } from './update-file.ts';

type Data = { catalog: Catalog; indicators: readonly Indicator[] };

/** A new figure of a series year, as the preview lists it. */
export interface SeriesLine {
  key: string;
  seriesId: string;
  name: Localized;
  unit: Unit;
  /** A count's measure word (个, places). */
  measure?: Localized;
  year: number;
  part: 'target' | 'actual';
  value: number;
  comparator: Comparator | null;
  /** The day an actual refers to; null for a target. */
  date: string | null;
}

export interface CurationPreview {
  diff: SnapshotDiff;
  series: SeriesLine[];
}

export function curationPreview(
  before: Data,
  after: Data,
  update: CurationUpdate,
  asOf: string,
): CurationPreview {
  const summaries = ({ catalog, indicators }: Data) =>
    evaluateAll(catalog, indicators, asOf).map(summarizeIndicator);
  const diff = diffSummaries(summaries(before), summaries(after));
  const series = update.entries.flatMap((e, i): SeriesLine[] => {
    if (e.kind !== 'series-target' && e.kind !== 'series-actual') return [];
    const s = after.catalog.series.find((x) => x.id === e.series);
    if (!s) return [];
    const target = e.kind === 'series-target';
    return [
      {
        key: String(i),
        seriesId: s.id,
        name: s.name,
        unit: s.unit,
        ...(s.measure ? { measure: s.measure } : {}),
        year: e.year,
        part: target ? 'target' : 'actual',
        value: e.value,
        comparator: target ? e.comparator : null,
        date: target ? null : e.date,
      },
    ];
  });
  return { diff, series };
}
