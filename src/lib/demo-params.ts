// Demo mode is switched on by the URL (`?demo&seed=7&size=100&fault=slow`). These pure helpers
// read those parameters and carry them onto every internal link, so the mode survives
// navigation and a copied link reopens the same simulated data. They never load msw.
import type { Language } from './i18n/index.ts';

export const DEMO_FAULTS = ['slow', 'error', 'malformed', 'invalid', 'offline', 'timeout'] as const;
export type DemoFault = (typeof DEMO_FAULTS)[number];

export type DemoParams = {
  /** Same seed, same simulated figures (for a given day). */
  seed: number;
  /** Synthetic indicators added on top of the real ones, for stress demos and benchmarks. */
  size: number;
  fault: DemoFault | null;
};

export const DEFAULT_DEMO_SEED = 2026;
export const MAX_DEMO_SIZE = 10_000;
export const DEFAULT_DEMO_PARAMS: DemoParams = { seed: DEFAULT_DEMO_SEED, size: 0, fault: null };
const DEMO_KEYS = ['demo', 'seed', 'size', 'fault'] as const;

const INTEGER = /^-?\d{1,12}$/;

function toSearchParams(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/** The demo parameters in a query string, or null when demo mode is off. Never throws. */
export function parseDemoParams(search: string): DemoParams | null {
  const params = toSearchParams(search);
  if (!params.has('demo')) return null;
  const seed = params.get('seed') ?? '';
  const size = params.get('size') ?? '';
  const fault = params.get('fault');
  return {
    // >>> 0 folds any integer into the PRNG's 32-bit state space.
    seed: INTEGER.test(seed) ? Number(seed) >>> 0 : DEFAULT_DEMO_SEED,
    size: INTEGER.test(size) ? Math.min(MAX_DEMO_SIZE, Math.max(0, Number(size))) : 0,
    fault: (DEMO_FAULTS as readonly (string | null)[]).includes(fault)
      ? (fault as DemoFault)
      : null,
  };
}

/** "demo&seed=7": only what differs from the defaults, in a stable order. */
export function serializeDemoParams(params: DemoParams): string {
  const parts = ['demo'];
  if (params.seed !== DEFAULT_DEMO_SEED) parts.push(`seed=${params.seed}`);
  if (params.size > 0) parts.push(`size=${params.size}`);
  if (params.fault) parts.push(`fault=${params.fault}`);
  return parts.join('&');
}

function splitHref(href: string) {
  const hashAt = href.indexOf('#');
  const hash = hashAt >= 0 ? href.slice(hashAt) : '';
  const rest = hashAt >= 0 ? href.slice(0, hashAt) : href;
  const queryAt = rest.indexOf('?');
  return {
    path: queryAt >= 0 ? rest.slice(0, queryAt) : rest,
    search: toSearchParams(queryAt >= 0 ? rest.slice(queryAt + 1) : ''),
    hash,
  };
}

const isExternal = (href: string) => /^[a-z][a-z\d+.-]*:|^\/\//i.test(href);

/** The href with the active demo parameters (replacing any it had); external links untouched. */
export function withDemoParams(href: string, params: DemoParams | null): string {
  if (params === null || isExternal(href)) return href;
  const { path, search, hash } = splitHref(href);
  for (const key of DEMO_KEYS) search.delete(key);
  const others = search.toString();
  return `${path}?${serializeDemoParams(params)}${others ? `&${others}` : ''}${hash}`;
}

/** The href with every demo parameter removed: where "leave demo mode" goes. */
export function withoutDemoParams(href: string): string {
  if (isExternal(href)) return href;
  const { path, search, hash } = splitHref(href);
  for (const key of DEMO_KEYS) search.delete(key);
  const rest = search.toString();
  return `${path}${rest ? `?${rest}` : ''}${hash}`;
}

const DEMO_LABELS: Record<Language, string> = { zh: '模拟数据', en: 'Simulated data' };

/** The stamp every export made in demo mode must carry, e.g. in a file name or a footer. */
export function demoLabel(lang: Language): string {
  return DEMO_LABELS[lang];
}
