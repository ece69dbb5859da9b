// Turns the validated dataset into the static API: the same files in dev, build and tests.
import { createHash } from 'node:crypto';
import type { Catalog, Indicator } from '../../src/domain/schema';
import type { Dataset } from '../../src/domain/validate-dataset';

/** A stable hash of the dataset's content, so a snapshot can say which data it was made from. */
export function datasetHash(dataset: Dataset): string {
  return createHash('sha256').update(JSON.stringify(dataset)).digest('hex');
}

/** Maps each API path (below /api/) to its JSON text. */
export function buildApiFiles(
  dataset: Dataset,
  generatedAt = new Date().toISOString(),
): Map<string, string> {
  const indicators: Indicator[] = dataset.plans.flatMap((file) => file.indicators);
  const catalog: Catalog = {
    plans: dataset.plans.map((file) => file.plan),
    sources: dataset.sources,
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
