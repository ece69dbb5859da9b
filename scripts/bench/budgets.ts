// Size budgets: deterministic, so CI can enforce them (timings are only reported). Every number
// is gzip bytes (level 9) of a built chunk; see bench/budgets.json.
import { readFileSync } from 'node:fs';
import type { BundleSizes } from './sizes';

export type Budgets = {
  /** Chunks a plain visit loads by dynamic import with no interaction: first-visit JS. */
  firstVisitChunks: string[];
  /** Chunks the first interaction loads (the app): with the first visit's, first-use JS. */
  firstUseChunks: string[];
  gzip: {
    /** All JS of a first visit to the overview, summed. */
    firstVisit: number;
    /** All JS once the overview's app is live (first visit plus first use), summed. */
    firstUse: number;
    /** The chunk index.html loads. */
    entry: number;
    /** Per chunk (by name, without hash); chunks not listed get `otherChunk`. */
    chunks: Record<string, number>;
    otherChunk: number;
  };
};

export type Violation = { what: string; gzip: number; budget: number };

export function readBudgets(file = 'bench/budgets.json'): Budgets {
  const budgets = JSON.parse(readFileSync(file, 'utf8')) as Budgets;
  const { gzip } = budgets;
  const numbers = [
    gzip?.firstVisit,
    gzip?.firstUse,
    gzip?.entry,
    gzip?.otherChunk,
    ...Object.values(gzip?.chunks ?? {}),
  ];
  if (
    !Array.isArray(budgets.firstVisitChunks) ||
    !Array.isArray(budgets.firstUseChunks) ||
    !numbers.every((n) => Number.isFinite(n) && n > 0)
  )
    throw new Error(
      `${file}: expected firstVisitChunks, firstUseChunks and positive gzip byte budgets`,
    );
  return budgets;
}

/** Every chunk (and the first-visit total) over its budget; empty when all fit. */
export function checkBudgets(
  sizes: BundleSizes,
  budgets: Budgets,
  firstUse?: BundleSizes['initial'],
): Violation[] {
  const { gzip } = budgets;
  const violations: Violation[] = [];
  const check = (what: string, actual: number, budget: number) => {
    if (actual > budget) violations.push({ what, gzip: actual, budget });
  };
  check('first-visit JS (all chunks)', sizes.initial.gzip, gzip.firstVisit);
  if (firstUse) check('first-use JS (first visit + the app)', firstUse.gzip, gzip.firstUse);
  for (const chunk of sizes.chunks) {
    const isEntry = chunk.file === sizes.entry.file;
    const budget = isEntry ? gzip.entry : (gzip.chunks[chunk.name] ?? gzip.otherChunk);
    check(isEntry ? `entry chunk ${chunk.file}` : `chunk ${chunk.file}`, chunk.gzip, budget);
  }
  return violations;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export const describeViolation = ({ what, gzip, budget }: Violation) =>
  `${what}: ${kB(gzip)} gzip, budget ${kB(budget)} (${kB(gzip - budget)} over)`;
