// The Markdown for the first visit: Lighthouse side by side with the no-JS page, first-visit
// JavaScript in the browser, and the delay of a first interaction, each against its goal.
import type { VisitJs } from './first-visit-js';
import type { ExportTiming } from './exports';
import { clsMet, delayMet, GOALS, jsMet, lcpMet, tbtMet, verdict, withinMs } from './goals';
import type { InteractionResult } from './interaction';
import type { Metric, PageComparison } from './lighthouse-compare';
import { MOBILE_PROFILE } from './mobile-profile';
import { kb, ms, table, withSpread } from './report-format';
import type { ScaleResult } from './scale';

const ROWS: { metric: Metric; label: string; format: (x: number) => string }[] = [
  { metric: 'fcpMs', label: 'FCP ms', format: ms },
  { metric: 'lcpMs', label: 'LCP ms', format: ms },
  { metric: 'tbtMs', label: 'TBT ms', format: ms },
  { metric: 'cls', label: 'CLS', format: (x) => x.toFixed(3) },
  { metric: 'siMs', label: 'Speed Index ms', format: ms },
  { metric: 'score', label: 'score', format: (x) => x.toFixed(2) },
  { metric: 'totalBytes', label: 'total kB', format: kb },
];

const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `×${(a / b).toFixed(2)}` : '—';

function goalCell(c: PageComparison, metric: Metric): string {
  const p = c.project.stats;
  if (metric === 'lcpMs')
    return `×${c.lcpRatio.toFixed(2)}; goal ≤ ×${GOALS.lcpRatio}: ${verdict(lcpMet(c))}`;
  if (metric === 'tbtMs') return `goal ≤ ${GOALS.tbtMs}: ${verdict(tbtMet(c))}`;
  if (metric === 'cls') return `goal 0 in every run: ${verdict(clsMet(c))}`;
  return ratio(p[metric].median, c.noJs.stats[metric].median);
}

function pageTable(c: PageComparison, note?: string): string {
  const runs = `${c.project.runs.length} + ${c.noJs.runs.length} runs`;
  const failed = [...c.project.failures, ...c.noJs.failures];
  const rows = ROWS.map(({ metric, label, format }) => [
    label,
    withSpread(c.project.stats[metric], format),
    withSpread(c.noJs.stats[metric], format),
    goalCell(c, metric),
  ]);
  return [
    `#### ${c.page} \`${c.path}\`${note ? ` (${note})` : ''}: ${runs}, median (min–max)`,
    table(['metric', 'project', 'no-JS', 'project ÷ no-JS / goal'], rows),
    ...(failed.length ? [`Failed runs: ${failed.join('; ')}`] : []),
  ].join('\n\n');
}

export function lighthouseCompareSection(
  pages: PageComparison[],
  notes: Record<string, string | undefined> = {},
): string {
  return [
    '### Lighthouse mobile: project vs no-JS page',
    'Lighthouse 12 mobile defaults (simulated slow 4G, 4× CPU), runs interleaved project / no-JS. The no-JS page is the same build with every `<script>` (except `type="application/json"`) and every `<link rel="modulepreload">` removed, served by a second `vite preview`.',
    ...pages.map((c) => pageTable(c, notes[c.page])),
  ].join('\n\n');
}

export function firstVisitJsSection(visits: VisitJs[]): string {
  const summary = visits.map((v) => [
    `${v.label} \`${v.path}\``,
    `${v.viewport.width}×${v.viewport.height}`,
    v.count,
    `**${kb(v.gzip)}**`,
    kb(v.transferred),
    `≤ ${kb(GOALS.jsBytes)}: ${verdict(jsMet(v))}`,
  ]);
  const names = [...new Set(visits.flatMap((v) => v.files.map((f) => f.file)))];
  const perFile = names.map((file) => [
    `\`${file}\``,
    ...visits.map((v) => {
      const f = v.files.find((x) => x.file === file);
      return f ? `${kb(f.gzip)} (${kb(f.transferred)})` : '—';
    }),
  ]);
  return [
    '### First-visit JavaScript in the browser (kB = 1000 bytes; goal 90 kB = 90,000 bytes gzip)',
    'Playwright + Chromium, a plain visit without interaction: every response of type script until the network is idle. gzip = the body at level 9; transferred = bytes over the wire, headers included, from `vite preview` (which gzips at its own level). The indicator page is for information.',
    table(['visit', 'viewport', 'files', 'gzip kB', 'transferred kB', 'goal'], summary),
    table(
      ['file', ...visits.map((v) => `${v.label} ${v.viewport.width}: gzip (transferred) kB`)],
      perFile,
    ),
  ].join('\n\n');
}

export function interactionSection(results: InteractionResult[]): string {
  const p = MOBILE_PROFILE;
  const rows = results.map((r) => [
    `${r.what}`,
    `\`${r.path}\``,
    withSpread(r.stats, ms),
    r.loads.map((x) => (x === null ? 'timed out' : ms(x))).join(' / '),
    `≤ ${GOALS.interactionMs}: ${verdict(delayMet(r))}`,
  ]);
  return [
    `### First interaction after the load event (ms; Lighthouse mobile profile as DevTools throttling)`,
    `CDP: CPU ×${p.cpuSlowdown}, latency ${p.latencyMs} ms, ${p.downloadKbps} kbit/s down, ${p.uploadKbps} kbit/s up; ${p.viewport.width}×${p.viewport.height} at ${p.deviceScaleFactor}, mobile, touch; cold cache each load. From the load event to the first frame showing the result (checked in requestAnimationFrame).`,
    table(['interaction', 'page', 'median (min–max)', 'each load', 'goal'], rows),
  ].join('\n\n');
}

/** Every goal on one screen: what was measured and whether it is met. */
export function goalsSection(result: {
  lighthouse?: PageComparison[];
  firstVisitJs?: VisitJs[];
  interaction?: InteractionResult[];
  scale?: ScaleResult;
  exports?: ExportTiming[];
}): string {
  const rows: string[][] = [];
  for (const c of result.lighthouse ?? []) {
    const p = c.project.stats;
    rows.push(
      [
        `LCP ≤ ×${GOALS.lcpRatio} no-JS`,
        c.path,
        `×${c.lcpRatio.toFixed(2)} (${ms(p.lcpMs.median)} vs ${ms(c.noJs.stats.lcpMs.median)} ms)`,
        verdict(lcpMet(c)),
      ],
      [`TBT ≤ ${GOALS.tbtMs} ms`, c.path, `${ms(p.tbtMs.median)} ms`, verdict(tbtMet(c))],
      ['CLS 0', c.path, `${p.cls.max.toFixed(3)} (worst run)`, verdict(clsMet(c))],
    );
  }
  for (const v of result.firstVisitJs ?? [])
    rows.push([
      `first-visit JS ≤ ${kb(GOALS.jsBytes)} kB gzip`,
      `${v.path} ${v.viewport.width}×${v.viewport.height}`,
      `${kb(v.gzip)} kB in ${v.count} files`,
      verdict(jsMet(v)),
    ]);
  for (const r of result.interaction ?? [])
    rows.push([
      `${r.kind} delay ≤ ${GOALS.interactionMs} ms`,
      r.path,
      `${ms(r.stats.median)} ms median${r.loads.includes(null) ? ', some loads timed out' : ''}`,
      verdict(delayMet(r)),
    ]);
  const large = result.scale?.rows.find(
    (row) => row.view === 'overview' && row.size === GOALS.scaleSize,
  );
  if (large)
    rows.push(
      [
        `first chart ≤ ${GOALS.scaleChartMs} ms`,
        `/?demo&size=${large.size}`,
        `${ms(large.chartMs)} ms median`,
        verdict(withinMs(large.chartMs, GOALS.scaleChartMs)),
      ],
      [
        `filter change ≤ ${GOALS.scaleFilterMs} ms`,
        `/?demo&size=${large.size}`,
        `${ms(large.filterMs)} ms median`,
        verdict(withinMs(large.filterMs, GOALS.scaleFilterMs)),
      ],
    );
  for (const e of result.exports ?? []) {
    const goal = GOALS.exportMs[e.kind];
    if (goal !== undefined)
      rows.push([
        `${e.label} ≤ ${goal} ms`,
        '/?demo (~1,000 indicators)',
        e.ms === null ? (e.note ?? 'n/a') : `${ms(e.ms)} ms`,
        verdict(withinMs(e.ms, goal)),
      ]);
  }
  return `### Goals\n\n${table(['goal', 'page', 'measured', 'met?'], rows)}`;
}
