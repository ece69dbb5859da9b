// The dataset as the app holds it (the API's catalog and indicators) turned back into data/'s
// files and back again, so the browser checks and applies a report with exactly the functions
// data:import uses (validateDataset included) and shows the result as the API would serve it.
import type { DataFile } from '../dataset/data-error.ts';
import type { Catalog, Indicator } from '../dataset/schema.ts';
import { validateDataset, type Dataset } from '../dataset/validate-dataset.ts';
import { applyReport, formatDataJson } from './apply-report.ts';
import type { ReportEntry, ReportProblem } from './report-types.ts';

export function filesFromApi(catalog: Catalog, indicators: readonly Indicator[]): DataFile[] {
  return [
    { path: 'data/sources.json', text: formatDataJson({ sources: catalog.sources }) },
    ...catalog.plans.map((plan) => {
      const figures = catalog.figures
        .filter((f) => f.plan === plan.id)
        .map(({ plan: _plan, ...figure }) => figure);
      return {
        path: `data/plans/${plan.id}.json`,
        text: formatDataJson({
          plan,
          indicators: indicators.filter((i) => i.plan === plan.id),
          ...(figures.length > 0 ? { figures } : {}),
        }),
      };
    }),
    ...catalog.series.map((s) => ({ path: `data/series/${s.id}.json`, text: formatDataJson(s) })),
  ];
}

/** The published data as a validated Dataset (null if it does not pass: never expected). */
export function datasetFromApi(
  catalog: Catalog,
  indicators: readonly Indicator[],
  today: string,
): Dataset | null {
  return validateDataset(filesFromApi(catalog, indicators), { today }).dataset;
}

export interface AppliedToApi {
  catalog: Catalog;
  indicators: Indicator[];
  problems: ReportProblem[];
}

/** The catalog and indicators with the report's rows in them, in the API's order. */
export function applyToApi(
  catalog: Catalog,
  indicators: readonly Indicator[],
  entries: readonly ReportEntry[],
  today: string,
): AppliedToApi {
  const files = filesFromApi(catalog, indicators);
  const applied = applyReport(files, entries, { today });
  if (applied.problems.length > 0)
    return { catalog, indicators: [...indicators], problems: applied.problems };
  return { ...apiFromFiles(catalog, indicators, files, applied.changed), problems: [] };
}

/**
 * The catalog and indicators again from data/'s files with `changed` in them: the indicators in
 * the order given, a new one after the last of its plan.
 */
export function apiFromFiles(
  catalog: Catalog,
  indicators: readonly Indicator[],
  files: readonly DataFile[],
  changed: readonly DataFile[],
): { catalog: Catalog; indicators: Indicator[] } {
  const text = new Map(files.map((f) => [f.path, f.text]));
  for (const f of changed) text.set(f.path, f.text);
  const read = <T>(path: string) => JSON.parse(text.get(path)!) as T;
  const sources = read<{ sources: Catalog['sources'] }>('data/sources.json').sources;
  const written = catalog.plans.flatMap(
    (p) => read<{ indicators: Indicator[] }>(`data/plans/${p.id}.json`).indicators,
  );
  const byId = new Map(written.map((i) => [i.id, i]));
  const result = indicators.map((i) => byId.get(i.id) ?? i);
  for (const added of written.filter((w) => !indicators.some((i) => i.id === w.id))) {
    const last = result.findLastIndex((i) => i.plan === added.plan);
    result.splice(last < 0 ? result.length : last + 1, 0, added);
  }
  return {
    catalog: {
      ...catalog,
      sources,
      series: catalog.series.map((s) =>
        read<Catalog['series'][number]>(`data/series/${s.id}.json`),
      ),
    },
    indicators: result,
  };
}
