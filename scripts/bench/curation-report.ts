// The curation part of bench.md: timings on the longest seed, then the chunks /curate loads.
import type { CurationResult } from './curation';
import { kb, ms, table, withSpread } from './report-format';

export function curationSection(c: CurationResult): string {
  const timings = table(
    ['step', 'first run ms', `warm ms median (min–max)`],
    c.timings.map((t) => [t.label, ms(t.firstMs), withSpread(t.warm, (x) => x.toFixed(1))]),
  );
  const chunks = c.chunks.length
    ? table(
        ['chunk', 'kB', 'kB gzip'],
        c.chunks.map((k) => [k.name, kb(k.raw), kb(k.gzip)]),
      )
    : 'No build measured (or no curation chunk in it).';
  const cmaps = c.cmaps
    ? `\n\npdf.js CMaps: ${c.cmaps.files} assets, ${kb(c.cmaps.bytes)} kB in all, each fetched only by a PDF whose unembedded CJK font needs it.`
    : '';
  const pct = (a: number, b: number) => `${a}/${b} (${b ? ((a / b) * 100).toFixed(0) : '—'}%)`;
  const sum = (pick: (x: CurationResult['scores'][number]) => number) =>
    c.scores.reduce((n, x) => n + pick(x), 0);
  const scores = table(
    ['seed', 'recall', 'precision'],
    [
      ...c.scores.map((x) => [x.seed, pct(x.found, x.keyRows), pct(x.correct, x.proposals)]),
      [
        'all',
        pct(
          sum((x) => x.found),
          sum((x) => x.keyRows),
        ),
        pct(
          sum((x) => x.correct),
          sum((x) => x.proposals),
        ),
      ],
    ],
  );
  return `### Curation (longest seed ${c.seed}: ${c.chars.toLocaleString('en')} characters, ${c.candidates} candidates; Node)\n\n${timings}\n\nChunks loaded only on /curate, for its format:\n\n${chunks}${cmaps}\n\nExtraction against the hand-written seed key (tests/curation/seed-key.ts; CI fails below 90% recall):\n\n${scores}`;
}
