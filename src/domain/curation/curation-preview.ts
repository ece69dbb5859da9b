// What a curation update changes, before it is published: every indicator evaluated on the data
// without and with it (new indicators appear as added), and each series year's new target or
// actual (or the further source it adds to a figure already there), and each reference figure
// shown beside an indicator (never its progress, so no status changes for it). The same
// comparison /import's preview shows.
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
  /** The year already had this figure: the update adds a further source for it. */
  addsCitation: boolean;
}

/** A reference figure the update puts beside an indicator. */
export interface ReferenceLine {
  key: string;
  indicatorId: string;
  name: Localized;
  label: Localized;
  unit: Unit;
  measure?: Localized;
  value: number;
  date: string;
}

export interface CurationPreview {
  diff: SnapshotDiff;
  series: SeriesLine[];
  references: ReferenceLine[];
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
    const had = before.catalog.series
      .find((x) => x.id === e.series)
      ?.years.find((y) => y.year === e.year)?.[target ? 'target' : 'actual'];
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
        addsCitation: had?.value === e.value,
      },
    ];
  });
  const references = update.entries.flatMap((e, i): ReferenceLine[] => {
    if (e.kind !== 'indicator-reference') return [];
    const indicator = after.indicators.find((x) => x.id === e.indicator);
    if (!indicator) return [];
    return [
      {
        key: String(i),
        indicatorId: indicator.id,
        name: indicator.name,
        label: e.label,
        unit: e.unit,
        ...(indicator.measure && e.unit === indicator.unit ? { measure: indicator.measure } : {}),
        value: e.value,
        date: e.date,
      },
    ];
  });
  return { diff, series, references };
}
