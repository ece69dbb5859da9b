// An update entry in a few words, for the CLI lines that say what was written or is already there.
import type { CurationEntry } from './update-file.ts';

/** One entry in a few words, for the lines that say what was written or is already there. */
export function entryText(entry: CurationEntry): string {
  switch (entry.kind) {
    case 'indicator-observation':
      return `${entry.indicator} observation ${entry.date}: ${entry.value}`;
    case 'indicator-reference':
      return `${entry.indicator} reference ${entry.date}: ${entry.value}`;
    case 'series-target':
      return `${entry.series} ${entry.year} target: ${entry.comparator === 'gte' ? '≥' : '≤'}${entry.value}`;
    case 'series-actual':
      return `${entry.series} ${entry.year} actual ${entry.date}: ${entry.value}`;
    case 'new-indicator':
      return `new indicator ${entry.indicator.id}`;
  }
}
