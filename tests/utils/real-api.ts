// The curated dataset as the static API would serve it, for integration tests.
import { buildApiFiles } from '../../scripts/lib/api-files';
import { loadDataset } from '../../scripts/lib/load-dataset';
import type { ApiData } from '../../mocks/api-handlers';
import { catalogSchema, indicatorListSchema } from '../../src/domain/dataset/schema';

let cached: ApiData | null = null;

export function realApiData(): ApiData {
  if (cached) return cached;
  const files = buildApiFiles(loadDataset('data'), '2026-11-24T00:00:00.000Z');
  cached = {
    catalog: catalogSchema.parse(JSON.parse(files.get('plans.json')!)),
    indicators: indicatorListSchema.parse(JSON.parse(files.get('indicators.json')!)),
  };
  return cached;
}
