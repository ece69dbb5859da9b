// bench.json → a Markdown table a person can read (and paste into a pull request).
import type { CurationResult } from './curation';
import { curationSection } from './curation-report';
import type { EngineResult } from './engine';
import type { ExportTiming } from './exports';
import type { VisitJs } from './first-visit-js';
import type { InteractionResult } from './interaction';
import type { OfficeExportTiming } from './office-exports';
import type { PageComparison } from './lighthouse-compare';
import type { PresentHeapResult } from './present-heap';
import { kb, ms, table, withSpread } from './report-format';
import {
  firstVisitJsSection,
  goalsSection,
  interactionSection,
  lighthouseCompareSection,
} from './first-visit-report';
import type { ScaleResult } from './scale';
import type { Growth } from './stats';
import type { BundleSizes } from './sizes';

export type BenchResult = {
  label: string;
  date: string;
  machine: {
    node: string;
    cpus: number;
    loadBefore: number[];
    loadAfter: number[];
    /** `uptime`'s line at the start and at the end. */
    uptimeBefore: string;
    uptimeAfter: string;
  };
  /** The pages visited, e.g. which indicator and why. */
  pages?: { page: string; path: string; note?: string }[];
  sizes?: BundleSizes;
  lighthouse?: PageComparison[];
  firstVisitJs?: VisitJs[];
  interaction?: InteractionResult[];
  /** A part that failed, with its error; the others are still reported. */
  errors?: Record<string, string>;
  scale?: ScaleResult;
  exports?: ExportTiming[];
  officeExports?: OfficeExportTiming[];
  presentHeap?: PresentHeapResult;
  engine?: EngineResult;
  curation?: CurationResult;
};

function sizesSection(sizes: BundleSizes): string {
  const rows = sizes.chunks.map((c) => [
    c.file === sizes.entry.file ? `**${c.name}** (entry)` : c.name,
    c.initial ? 'first visit' : 'lazy',
    kb(c.raw),
    kb(c.gzip),
  ]);
  const totals = [
    ['index.html', 'first visit', kb(sizes.html.raw), kb(sizes.html.gzip)],
    ...sizes.css.map((c) => [c.file, 'first visit (blocking)', kb(c.raw), kb(c.gzip)]),
    [
      '**all first-visit JS**',
      `${sizes.initial.files.length} files`,
      kb(sizes.initial.raw),
      `**${kb(sizes.initial.gzip)}**`,
    ],
  ];
  return `### Bundle (kB = 1000 bytes; gzip -9)\n\n${table(['chunk', 'loaded', 'raw', 'gzip'], [...totals, ...rows])}`;
}

function scaleSection(scale: ScaleResult): string {
  const rows = scale.rows.map((r) => [
    r.view,
    r.size.toLocaleString('en'),
    r.total.toLocaleString('en'),
    ms(r.cardsMs),
    ms(r.chartMs),
    ms(r.filterMs),
    r.domNodes.toLocaleString('en'),
  ]);
  const cell = (g: Growth) => (g ? `×${g.ratio} (exponent ${g.exponent})` : '—');
  const growth = scale.growth.map((g) => [g.view, cell(g.cards), cell(g.chart), cell(g.filter)]);
  return [
    '### Scale (demo generator; ms since navigation start, filter = change → painted)',
    table(['view', 'added', 'indicators', 'cards', 'chart', 'filter', 'DOM nodes'], rows),
    'Growth, smallest → largest size: how many times slower, and that as an exponent of the growth in indicators (1 = linear, below 1 = better than linear):',
    table(['view', 'cards', 'chart', 'filter'], growth),
  ].join('\n\n');
}

export function toMarkdown(result: BenchResult): string {
  const { machine } = result;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const parts = [
    `## Bench: ${result.label} (${result.date})`,
    `Node ${machine.node}, ${machine.cpus} CPUs, load average before ${load(machine.loadBefore)}, after ${load(machine.loadAfter)}. Timings are reported, never asserted.`,
    `\`uptime\` at the start: \`${machine.uptimeBefore}\`; at the end: \`${machine.uptimeAfter}\``,
  ];
  for (const [part, message] of Object.entries(result.errors ?? {}))
    parts.push(`**${part} failed:** ${message}`);
  const notes = Object.fromEntries((result.pages ?? []).map((p) => [p.page, p.note]));
  if (
    result.lighthouse ||
    result.firstVisitJs ||
    result.interaction ||
    result.scale ||
    result.exports
  )
    parts.push(goalsSection(result));
  if (result.sizes) parts.push(sizesSection(result.sizes));
  if (result.lighthouse) parts.push(lighthouseCompareSection(result.lighthouse, notes));
  if (result.firstVisitJs) parts.push(firstVisitJsSection(result.firstVisitJs));
  if (result.interaction) parts.push(interactionSection(result.interaction));
  if (result.scale) parts.push(scaleSection(result.scale));
  if (result.exports)
    parts.push(
      `### Exports (about 1,000 indicators; click → file saved)\n\n${table(
        ['export', 'ms'],
        result.exports.map((e) => [e.label, e.ms === null ? (e.note ?? 'n/a') : ms(e.ms)]),
      )}`,
    );
  if (result.officeExports)
    parts.push(
      `### Deck and Word briefing (overview, ${result.officeExports[0]?.indicators ?? '~1,000'} demo indicators; Node, view → bytes)\n\n${table(
        ['export', 'first run ms (library loaded)', 'warm ms median (min–max)', 'kB'],
        result.officeExports.map((e) => [
          e.label,
          ms(e.firstMs),
          withSpread(e.warm, ms),
          kb(e.bytes),
        ]),
      )}`,
    );
  if (result.presentHeap) {
    const h = result.presentHeap;
    parts.push(
      `### Presentation mode over time (${h.url}, ${h.screens} screens, Playwright clock; heap after a forced GC)\n\n${table(
        ['rotations', 'JS heap MB', 'DOM nodes', 'listeners'],
        h.points.map((p) => [p.rotations, (p.heapUsed / 1e6).toFixed(2), p.domNodes, p.listeners]),
      )}\n\nHeap after 300 rotations ÷ after 10: **×${h.ratio}**; after 1000 ÷ after 600: ×${h.tailRatio} (about 1 = levelled off, not a leak). DOM nodes vary with the screen that is up.`,
    );
  }
  if (result.engine) {
    const e = result.engine;
    parts.push(
      `### Domain engine (evaluate(), Node)\n\n${table(
        ['indicators × observations', 'total ms', 'µs each', 'indicators/s'],
        [
          [
            `${e.indicators.toLocaleString('en')} × ${e.observationsEach}`,
            ms(e.ms),
            e.microsecondsEach,
            e.indicatorsPerSecond.toLocaleString('en'),
          ],
        ],
      )}`,
    );
  }
  if (result.curation) parts.push(curationSection(result.curation));
  return `${parts.join('\n\n')}\n`;
}
