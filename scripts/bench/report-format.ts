// Number and table formatting shared by the bench's Markdown sections.
import type { Spread } from './stats';

export const kb = (bytes: number) => (bytes / 1000).toFixed(1);
export const ms = (value: number | null | undefined) =>
  value == null || !Number.isFinite(value) ? '—' : `${Math.round(value)}`;

export const table = (header: string[], rows: (string | number)[][]) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** "median (min–max)", each formatted by `format`; "—" without runs. */
export const withSpread = (s: Spread, format: (x: number) => string) =>
  Number.isFinite(s.median) ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : '—';
