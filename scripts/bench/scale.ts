// The overview and the compare view with many indicators, in a real browser: demo mode's
// generator (`?demo&size=N`) adds N synthetic indicators to the real ones.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { growth, median, round, type Growth } from './stats';

type Probe = {
  name: string;
  all: { selector: string; text?: string; atLeast?: number; drawn?: boolean }[];
};
type View = {
  name: string;
  path: (size: number) => string;
  probes: (total: number) => Probe[];
  filter: { selector: string; watch: string; values: [string, string] };
};

const COMPARED = [1, 2, 3, 4, 5].map((i) => `demo-sim-${String(i).padStart(5, '0')}`);

export const VIEWS: View[] = [
  {
    name: 'overview',
    path: (size) => `/?demo&size=${size}`,
    probes: (total) => [
      {
        name: 'cards',
        all: [
          // The count covers the annual series too, so it ends above `total`.
          { selector: '.filter-bar__count', atLeast: total },
          { selector: '.indicator-card' },
        ],
      },
      // The first chart with shapes drawn, wherever it is: a plan's progress chart (drawn when
      // scrolled near while it was Recharts, at once when own-drawn) or a series card's small
      // chart. Only checked once the cards are in, so the prerendered real page never counts.
      {
        name: 'chart',
        all: [{ selector: '.chart-figure__chart, svg.series-mini-chart', drawn: true }],
      },
    ],
    filter: {
      selector: '.filter-bar select[id$="-status"]',
      watch: '.filter-bar__count',
      values: ['on_track', ''],
    },
  },
  {
    name: 'compare',
    path: (size) => `/compare?demo&size=${size}&ids=${COMPARED.join(',')}`,
    probes: () => [
      { name: 'cards', all: [{ selector: '.picker ul', text: '模拟指标' }] },
      { name: 'chart', all: [{ selector: '.compare-main .recharts-surface' }] },
    ],
    filter: { selector: '.picker__search input', watch: '.picker ul', values: ['12', ''] },
  },
];

export type ScaleRow = {
  view: string;
  size: number;
  total: number;
  cardsMs: number;
  chartMs: number;
  filterMs: number;
  domNodes: number;
  /** Which element the chart probe saw first (see page-probes.js). */
  chartWhat?: string;
};
export type ScaleResult = {
  rows: ScaleRow[];
  /** Smallest → largest size, per view. */
  growth: { view: string; cards: Growth; chart: Growth; filter: Growth }[];
};

const PROBE_SCRIPT = readFileSync(new URL('./page-probes.js', import.meta.url), 'utf8');

async function measureOnce(
  browser: Browser,
  baseUrl: string,
  view: View,
  size: number,
  total: number,
) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const page = await context.newPage();
    const probes = view.probes(total);
    await page.addInitScript(`window.__benchProbes = ${JSON.stringify(probes)};\n${PROBE_SCRIPT}`);
    await page.goto(`${baseUrl}${view.path(size)}`);
    await page.waitForFunction(
      (names) => names.every((name) => window.__benchMarks?.[name] !== undefined),
      probes.map((p) => p.name),
      { timeout: 180_000, polling: 100 },
    );
    const marks = (await page.evaluate('window.__benchMarks')) as Record<string, number>;
    const what = (await page.evaluate('window.__benchMarkWhat')) as Record<string, string>;
    const filters: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const value = view.filter.values[i % 2];
      const change = { selector: view.filter.selector, watch: view.filter.watch, value };
      filters.push(
        (await page.evaluate(`window.__benchFilterChange(${JSON.stringify(change)})`)) as number,
      );
    }
    const domNodes = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    return {
      cardsMs: marks.cards!,
      chartMs: marks.chart!,
      filterMs: median(filters),
      domNodes,
      chartWhat: what.chart,
    };
  } finally {
    await context.close();
  }
}

declare global {
  interface Window {
    __benchMarks?: Record<string, number>;
  }
}

export async function measureScale(
  browser: Browser,
  baseUrl: string,
  sizes: number[],
  loads = 3,
): Promise<ScaleResult> {
  const real = ((await (await fetch(`${baseUrl}/api/indicators.json`)).json()) as unknown[]).length;
  const rows: ScaleRow[] = [];
  for (const view of VIEWS) {
    for (const size of sizes) {
      const runs: Awaited<ReturnType<typeof measureOnce>>[] = [];
      for (let i = 0; i < loads; i += 1)
        runs.push(await measureOnce(browser, baseUrl, view, size, real + size));
      const pick = (key: 'cardsMs' | 'chartMs' | 'filterMs' | 'domNodes') =>
        round(median(runs.map((r) => r[key])));
      rows.push({
        view: view.name,
        size,
        total: real + size,
        cardsMs: pick('cardsMs'),
        chartMs: pick('chartMs'),
        filterMs: pick('filterMs'),
        domNodes: pick('domNodes'),
        chartWhat: runs[0]?.chartWhat,
      });
      process.stderr.write(`  scale ${view.name} ${size}: ${JSON.stringify(rows.at(-1))}\n`);
    }
  }
  const growthOf = (view: string) => {
    const mine = rows.filter((row) => row.view === view);
    const [small, large] = [mine[0]!, mine.at(-1)!];
    const of = (key: 'cardsMs' | 'chartMs' | 'filterMs') =>
      growth({ n: small.total, ms: small[key] }, { n: large.total, ms: large[key] });
    return { view, cards: of('cardsMs'), chart: of('chartMs'), filter: of('filterMs') };
  };
  return { rows, growth: VIEWS.map((view) => growthOf(view.name)) };
}
