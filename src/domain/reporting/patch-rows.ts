// Checked rows written back as the template's entry sheet (CSV rows): the update file the
// import page downloads, which `npm run data:import` applies to data/ with the same checks.
import type { ReportEntry } from './report-types.ts';
import { HEADERS, kindLabel, REPORTED_KINDS, versionRow } from './template-spec.ts';

export function patchRows(entries: readonly ReportEntry[], datasetHash: string): string[][] {
  return [
    versionRow(datasetHash),
    [...HEADERS],
    ...entries.map((e) => {
      const kind = REPORTED_KINDS.find((k) => k.kind === e.source.kind);
      return [
        e.target.id,
        e.date,
        String(e.value),
        kind ? kindLabel(kind) : e.source.kind,
        e.source.title.zh,
        e.source.title.en,
        e.source.publisher.zh,
        e.source.publisher.en,
        e.source.originalOutlet?.zh ?? '',
        e.source.originalOutlet?.en ?? '',
        e.source.date,
        e.source.url ?? '',
        e.quote,
        e.note?.zh ?? '',
        e.note?.en ?? '',
      ];
    }),
  ];
}
