// What an update changes, before it is published: every indicator evaluated on the published
// data and on the data with the report's rows, compared with the snapshot comparison.
import type { Catalog, Indicator } from '../dataset/schema.ts';
import { evaluateAll } from '../evaluation/evaluate-all.ts';
import { summarizeIndicator } from '../evaluation/indicator-summary.ts';
import { diffSummaries, type SnapshotDiff } from '../exports/snapshot-diff.ts';
import type { ReportEntry } from './report-types.ts';

type Data = { catalog: Catalog; indicators: readonly Indicator[] };

export interface SeriesChange {
  row: number;
  id: string;
  name: Catalog['series'][number]['name'];
  unit: Catalog['series'][number]['unit'];
  year: number;
  part: 'actual' | 'report';
  date: string;
  value: number;
}

export function reportPreview(
  before: Data,
  after: Data,
  entries: readonly ReportEntry[],
  asOf: string,
): { diff: SnapshotDiff; series: SeriesChange[] } {
  const summaries = ({ catalog, indicators }: Data) =>
    evaluateAll(catalog, indicators, asOf).map(summarizeIndicator);
  const diff = diffSummaries(summaries(before), summaries(after));
  const series = entries.flatMap((e): SeriesChange[] => {
    if (e.target.kind !== 'series') return [];
    const s = after.catalog.series.find((x) => x.id === e.target.id);
    return s
      ? [
          {
            row: e.row,
            id: s.id,
            name: s.name,
            unit: s.unit,
            year: e.target.year,
            part: e.target.part,
            date: e.date,
            value: e.value,
          },
        ]
      : [];
  });
  return { diff, series };
}
