// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  catalogSubset,
  rowsInView,
  seriesInView,
  type ViewFilters,
} from '../../src/domain/exports/data-in-view';
import { exportFileName, formatExportTime, slug } from '../../src/domain/exports/export-names';
import { evaluateAll, evaluateAllSeries } from '../../src/domain/evaluation/evaluate-all';
import { realApiData } from '../utils/real-api';

const { catalog, indicators } = realApiData();
const rows = evaluateAll(catalog, indicators, '2025-01-15');
const none: ViewFilters = { plan: null, category: null, status: null, q: '', ids: [] };
const ids = (list: { indicator: { id: string } }[]) => list.map((r) => r.indicator.id);

describe(rowsInView, () => {
  it('is the filtered overview on "/" and the briefing', () => {
    const plan = 'beijing-14th-fyp-worker-development';
    expect(rowsInView(rows, '/', none)).toHaveLength(rows.length);
    expect(ids(rowsInView(rows, '/report', { ...none, plan }))).toEqual(
      ids(rows.filter((r) => r.indicator.plan === plan)),
    );
  });

  it('is the one indicator on its detail page', () => {
    expect(ids(rowsInView(rows, '/indicator/worker-homes', { ...none, plan: 'other' }))).toEqual([
      'worker-homes',
    ]);
  });

  it('is the picked indicators, in picked order, on /compare (unknown ids dropped)', () => {
    const picked = ['union-coverage-rate', 'no-such-id', 'worker-homes'];
    expect(ids(rowsInView(rows, '/compare', { ...none, ids: picked }))).toEqual([
      'union-coverage-rate',
      'worker-homes',
    ]);
  });
});

describe('the data in view on a series page and with series compared', () => {
  const seriesRows = evaluateAllSeries(catalog, '2025-01-15');
  const seriesIds = (list: { series: { id: string } }[]) => list.map((r) => r.series.id);

  it('is the one series on its page, and no indicator', () => {
    const path = '/series/new-urban-jobs';
    expect(seriesIds(seriesInView(seriesRows, path, none))).toEqual(['new-urban-jobs']);
    expect(rowsInView(rows, path, none)).toEqual([]);
  });

  it('is the picked series and indicators, each in picked order, on /compare', () => {
    const picked = [
      'series:surveyed-unemployment-rate',
      'worker-homes',
      'series:no-such-series',
      'series:new-urban-jobs',
    ];
    expect(seriesIds(seriesInView(seriesRows, '/compare', { ...none, ids: picked }))).toEqual([
      'surveyed-unemployment-rate',
      'new-urban-jobs',
    ]);
    expect(ids(rowsInView(rows, '/compare', { ...none, ids: picked }))).toEqual(['worker-homes']);
  });
});

describe(catalogSubset, () => {
  it('keeps only the plans and sources the chosen indicators need', () => {
    const chosen = indicators.filter((i) => i.id === 'worker-homes');
    const subset = catalogSubset(catalog, chosen);
    expect(subset.plans.map((p) => p.id)).toEqual(['beijing-14th-fyp-worker-development']);
    const cited = new Set([
      subset.plans[0]!.citation.source,
      chosen[0]!.target.citation.source,
      ...(chosen[0]!.references ?? []).map((r) => r.citation.source),
    ]);
    expect(cited.size).toBeGreaterThan(1);
    expect(subset.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(subset.figures.every((f) => f.plan === 'beijing-14th-fyp-worker-development')).toBe(
      true,
    );
    expect(subset.datasetHash).toBe(catalog.datasetHash);
  });
});

describe(exportFileName, () => {
  it('names what, as of when, and marks simulated data', () => {
    expect(exportFileName('data-overview', '2025-01-15', 'csv', false)).toBe(
      'plan-tracker-data-overview-2025-01-15.csv',
    );
    expect(exportFileName('page-/indicator/worker-homes', '2025-01-15', 'png', true)).toBe(
      'plan-tracker-page-indicator-worker-homes-2025-01-15-simulated.png',
    );
    expect(slug('规划')).toBe('export');
  });

  it('writes the export time in Beijing time', () => {
    expect(formatExportTime(new Date('2025-01-15T20:30:00Z'))).toBe('2025-01-16 04:30 (UTC+8)');
  });
});
