// Deck (PPTX) and Word briefing (DOCX) generation time for about 1,000 demo indicators, in Node:
// the functions the export menu calls (deckBytes, briefingDocx) up to the bytes, without the
// download. The first run of each also loads its writer library (pptxgenjs, docx) and is
// reported apart from the warm runs.
import { performance } from 'node:perf_hooks';
import { QueryClient } from '@tanstack/react-query';
import type { ApiData } from '../../mocks/api-handlers';
import { generateDemoData } from '../../mocks/demo-data';
import { catalogSchema, indicatorListSchema } from '../../src/domain/dataset/schema';
import { todayIso } from '../../src/domain/evaluation/dates';
import { deckBytes } from '../../src/features/export/deck-export';
import { briefingDocx } from '../../src/features/export/docx-export';
import type { ExportContext } from '../../src/features/export/export-context';
import { createI18n } from '../../src/lib/i18n/index';
import { catalogQueries, indicatorQueries } from '../../src/lib/queries';
import { DEFAULT_VIEW } from '../../src/lib/view-state';
import { buildApiFiles } from '../lib/api-files';
import { loadDataset } from '../lib/load-dataset';
import { round, spread, type Spread } from './stats';

type OfficeKind = 'pptx' | 'docx';
const WRITERS: {
  kind: OfficeKind;
  label: string;
  bytes: (ctx: ExportContext) => Promise<Uint8Array>;
}[] = [
  { kind: 'pptx', label: 'deck (PPTX)', bytes: deckBytes },
  { kind: 'docx', label: 'Word briefing (DOCX)', bytes: briefingDocx },
];

export type OfficeExportTiming = {
  kind: OfficeKind;
  label: string;
  indicators: number;
  /** The first run: the writer library's import included. */
  firstMs: number;
  /** The runs after it, each on a fresh query cache (the view evaluated again). */
  warm: Spread;
  bytes: number;
};

/** The curated dataset as the static API serves it, plus demo indicators up to `indicators`. */
function demoApiData(indicators: number, today: string): ApiData {
  const files = buildApiFiles(loadDataset('data'), `${today}T00:00:00.000Z`);
  const real: ApiData = {
    catalog: catalogSchema.parse(JSON.parse(files.get('plans.json')!)),
    indicators: indicatorListSchema.parse(JSON.parse(files.get('indicators.json')!)),
  };
  const size = Math.max(0, indicators - real.indicators.length);
  return generateDemoData(real, { seed: 2026, size, fault: null }, today);
}

/** The overview's export context, all filters off, in Chinese, as a demo export. */
function overviewContext(data: ApiData, today: string): ExportContext {
  const queryClient = new QueryClient();
  queryClient.setQueryData(catalogQueries.detail().queryKey, data.catalog);
  queryClient.setQueryData(indicatorQueries.list().queryKey, data.indicators);
  return {
    queryClient,
    path: '/',
    view: DEFAULT_VIEW,
    stamp: {
      title: '规划指标看板',
      asOf: today,
      exportedAt: new Date(),
      simulated: true,
      datasetHash: null,
      note: null,
    },
    t: createI18n().t,
    lang: 'zh',
  };
}

/** Each writer `runs` times (the first one cold) on the overview with about `indicators` indicators. */
export async function measureOfficeExports(
  indicators = 1000,
  runs = 5,
): Promise<OfficeExportTiming[]> {
  const today = todayIso();
  const data = demoApiData(indicators, today);
  const results: OfficeExportTiming[] = [];
  for (const { kind, label, bytes } of WRITERS) {
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      const ctx = overviewContext(data, today);
      const start = performance.now();
      size = (await bytes(ctx)).byteLength;
      times.push(performance.now() - start);
    }
    results.push({
      kind,
      label,
      indicators: data.indicators.length,
      firstMs: round(times[0]!),
      warm: spread(times.slice(1).map((t) => round(t))),
      bytes: size,
    });
  }
  return results;
}
