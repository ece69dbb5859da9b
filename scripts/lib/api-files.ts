// Turns the validated dataset into the static API: the same files in dev, build and tests.
import { createHash } from 'node:crypto';
import type { Catalog, CatalogFigure, Indicator } from '../../src/domain/dataset/schema.ts';
import type { Dataset } from '../../src/domain/dataset/validate-dataset.ts';
import { withoutCuratorNotes } from '../../src/domain/dataset/curator-notes.ts';

/** A stable hash of the dataset's content, so a snapshot can say which data it was made from. */
export function datasetHash(dataset: Dataset): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
}

/** Maps each API path (below /api/) to its JSON text. */
export function buildApiFiles(
  curated: Dataset,
  generatedAt = new Date().toISOString(),
): Map<string, string> {
  // What is served is what users may read: maintainers' notes stay in data/.
  const dataset = withoutCuratorNotes(curated);
  // Plans in the order they began (the five-year plan first), not by file name.
  const planFiles = [...dataset.plans].sort(
    (a, b) =>
      a.plan.period.start.localeCompare(b.plan.period.start) || a.plan.id.localeCompare(b.plan.id),
  );
  const indicators: Indicator[] = planFiles.flatMap((file) => file.indicators);
  // Figures are flattened like indicators, each naming its plan, and ride along with the plans.
  const figures: CatalogFigure[] = planFiles.flatMap((file) =>
    (file.figures ?? []).map((figure) => ({ ...figure, plan: file.plan.id })),
  );
  const catalog: Catalog = {
    plans: planFiles.map((file) => file.plan),
    sources: dataset.sources,
    figures,
    series: [...dataset.series].sort((a, b) => a.id.localeCompare(b.id)),
    datasetHash: datasetHash(dataset),
    generatedAt,
  };
  const files = new Map<string, string>([
    ['plans.json', JSON.stringify(catalog)],
    ['indicators.json', JSON.stringify(indicators)],
  ]);
  for (const indicator of indicators)
    files.set(`indicators/${indicator.id}.json`, JSON.stringify(indicator));
  return files;
}
