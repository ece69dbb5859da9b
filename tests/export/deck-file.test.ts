// @vitest-environment node
// Reads a generated deck back (unzip, parse the slides and ppt/charts/chartN.xml) and checks it
// against the data: a native chart per plan or series group with the data's values, the title
// and summary slides, the demo label on every slide, tables that fit a 1,000-indicator demo.
import { writeFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../../mocks/demo-data';
import type { ApiData } from '../../mocks/api-handlers';
import { asPercent } from '../../src/domain/exports/deck-charts';
import { rowsInView, seriesInView } from '../../src/domain/exports/data-in-view';
import { evaluateAll, evaluateAllSeries } from '../../src/domain/evaluation/evaluate-all';
import { deckBytes } from '../../src/features/export/deck-export';
import type { ExportContext } from '../../src/features/export/export-context';
import { createI18n } from '../../src/lib/i18n/index';
import { catalogQueries, indicatorQueries } from '../../src/lib/queries';
import { parseViewState } from '../../src/lib/view-state';
import { realApiData } from '../utils/real-api';

const AS_OF = '2026-12-07';

async function deckFor(data: ApiData, path: string, search = '', simulated = false) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(catalogQueries.detail().queryKey, data.catalog);
  queryClient.setQueryData(indicatorQueries.list().queryKey, data.indicators);
  const i18n = createI18n();
  const ctx: ExportContext = {
    queryClient,
    path,
    view: parseViewState(search),
    stamp: {
      title: '规划指标看板 · 测试',
      asOf: AS_OF,
      exportedAt: new Date('2026-12-07T04:00:00Z'),
      simulated,
      datasetHash: 'abcdef0123456789',
      note: null,
    },
    t: i18n.t,
    lang: 'zh',
  };
  const bytes = await deckBytes(ctx);
  // DECK_OUT=dir keeps the files, for rendering them with LibreOffice (see tests/export/README).
  if (process.env.DECK_OUT)
    writeFileSync(
      `${process.env.DECK_OUT}/deck${path.replace(/\W+/g, '-')}${search.replace(/\W+/g, '-')}${simulated ? '-demo' : ''}.pptx`,
      bytes,
    );
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] as Uint8Array);
  const slideNames = Object.keys(files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = slideNames.map((n) => {
    const xml = text(n);
    const rels = text(n.replace('slides/', 'slides/_rels/') + '.rels');
    const charts = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map(
      (m) => parseChart(text(`ppt/charts/${m[1]}`)),
    );
    const words = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescape(m[1]!));
    return { xml, words, all: words.join(''), charts };
  });
  return { files, slides, ctx };
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** A chart's series as the chart XML stores them: name, categories, cached values. */
function parseChart(xml: string) {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, ser]) => {
    const name = unescape(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/.exec(ser!)?.[1] ?? '');
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(ser!)?.[1] ?? '';
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(ser!)?.[1] ?? '';
    const points = (part: string) =>
      new Map(
        [...part.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((m) => [
          Number(m[1]),
          unescape(m[2]!),
        ]),
      );
    const cats = points(cat);
    const vals = points(val);
    const count = Number(/<c:ptCount val="(\d+)"/.exec(cat)?.[1] ?? cats.size);
    return {
      name,
      categories: Array.from({ length: count }, (_, i) => cats.get(i) ?? ''),
      values: Array.from({ length: count }, (_, i) =>
        vals.has(i) && vals.get(i) !== '' ? Number(vals.get(i)) : null,
      ),
    };
  });
}

describe('the deck of the overview (published data)', () => {
  it('has a title slide, a summary slide, native charts with the data, a sources slide', async () => {
    const data = realApiData();
    const { slides, files } = await deckFor(data, '/');
    expect(strFromU8(files['ppt/presentation.xml']!)).toContain('cx="12192000" cy="6858000"');
    const [cover, summary] = slides;
    expect(cover!.all).toContain('规划指标看板 · 测试');
    expect(cover!.all).toContain('截至 2026年12月7日');
    expect(cover!.all).toContain('abcdef012345');
    expect(summary!.all).toContain('已到期');
    expect(summary!.all).toContain('进行中');
    expect(summary!.all).toContain('需关注');
    // Every 需关注 line names the year or deadline it judges.
    expect(summary!.all).toMatch(/20\d\d年底 · \? 到期未见结果/);
    expect(slides.at(-1)!.all).toContain('资料来源');
    expect(slides.every((s) => s.xml.includes('typeface="微软雅黑"'))).toBe(true);

    const rows = rowsInView(
      evaluateAll(data.catalog, data.indicators, AS_OF),
      '/',
      parseViewState(''),
    );
    const series = seriesInView(evaluateAllSeries(data.catalog, AS_OF), '/', parseViewState(''));
    const charts = slides.flatMap((s) => s.charts);
    const seriesCharts = slides.filter((s) => s.all.includes('年度目标 ·') && s.charts.length > 0);
    const categories = new Set(series.map((r) => r.series.category));
    expect(seriesCharts.length).toBeGreaterThanOrEqual(categories.size > 0 ? 1 : 0);
    expect(charts.length).toBeGreaterThan(0);
    // The values equal the data: every year a series chart shows holds its target and actual.
    for (const row of series) {
      const years = row.evaluation.years.filter((y) => y.target || y.actual).slice(-8);
      if (years.length === 0) continue;
      const match = charts.find(
        (c) =>
          c.length === 2 &&
          c[0]!.categories.join() === years.map((y) => `${y.year}年`).join() &&
          c[0]!.values.join() === years.map((y) => y.target?.value ?? null).join() &&
          c[1]!.values.join() === years.map((y) => y.actual?.value ?? null).join(),
      );
      expect(match, `chart of ${row.series.id}`).toBeDefined();
    }
    // A plan with reported progress gets its bars.
    expect(
      charts.some((c) => c[0]?.name === '完成进度（%）') ||
        rows.every((r) => r.evaluation.progress === null),
    ).toBe(true);
  });
});

describe('the deck of a plan view and of an indicator (demo data)', () => {
  it('draws progress bars with the data and labels every slide as simulated', async () => {
    const real = realApiData();
    const data = generateDemoData(real, { seed: 2026, size: 0, fault: null }, AS_OF);
    const plan = data.catalog.plans[0]!;
    const { slides } = await deckFor(data, '/', `?plan=${plan.id}`, true);
    expect(slides.every((s) => s.all.includes('模拟数据 · 非真实进展'))).toBe(true);
    const rows = rowsInView(
      evaluateAll(data.catalog, data.indicators, AS_OF),
      '/',
      parseViewState(`?plan=${plan.id}`),
    );
    const drawn = rows.filter((r) => r.evaluation.progress !== null);
    expect(drawn.length).toBeGreaterThan(0);
    const bars = slides.flatMap((s) => s.charts).filter((c) => c[0]?.name === '完成进度（%）');
    expect(bars.length).toBeGreaterThan(0);
    const values = bars.flatMap((c) => c[0]!.values);
    for (const value of values)
      expect(drawn.map((r) => asPercent(r.evaluation.progress!))).toContain(value);
  });

  it('gives a plan without reported values a table, not an empty chart', async () => {
    const data = realApiData();
    const rows = evaluateAll(data.catalog, data.indicators, AS_OF);
    const bare = data.catalog.plans.find((p) => {
      const own = rows.filter((r) => r.plan.id === p.id);
      return own.length > 0 && own.every((r) => r.evaluation.progress === null);
    });
    if (!bare) return;
    const { slides } = await deckFor(data, '/', `?plan=${bare.id}`);
    const planSlides = slides.filter((s) => s.all.includes(bare.title.zh));
    expect(planSlides.length).toBeGreaterThan(0);
    expect(planSlides.every((s) => s.charts.length === 0)).toBe(true);
    expect(planSlides.some((s) => s.xml.includes('<a:tbl>'))).toBe(true);
  });
});

describe('a 1,000-indicator demo deck', () => {
  it('splits its tables so no slide holds more rows than fit', async () => {
    const data = generateDemoData(realApiData(), { seed: 2026, size: 1000, fault: null }, AS_OF);
    const { slides } = await deckFor(data, '/', '', true);
    const tables = slides.filter((s) => s.xml.includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThan(50);
    // Row heights (EMU) of every table stay inside the slide (7.5 in = 6858000 EMU, less the frame).
    for (const slide of tables) {
      const heights = [...slide.xml.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]));
      const total = heights.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThan(5.8 * 914400);
    }
  }, 120_000);
});
