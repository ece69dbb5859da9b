// Shareable view state lives in the URL. Parsing never throws: anything unknown or
// malformed falls back to its default, so any pasted link opens a usable view.
import type { Category } from '../domain/dataset/schema.ts';
import { CATEGORIES, isCalendarDate, isId } from '../domain/dataset/vocabulary.ts';
import { todayIso } from '../domain/evaluation/dates.ts';
import { STATUS_ORDER, type Status } from '../domain/evaluation/status.ts';
import { parseCompareId } from '../domain/presentation/compare-ids.ts';
import { isLanguage, type Language } from './i18n/index.ts';

export type ViewState = {
  plan: string | null;
  category: Category | null;
  status: Status | null;
  q: string;
  asOf: string | null;
  ids: string[];
  lang: Language | null;
  demo: boolean;
};

export const DEFAULT_VIEW: ViewState = {
  plan: null,
  category: null,
  status: null,
  q: '',
  asOf: null,
  ids: [],
  lang: null,
  demo: false,
};

export const MAX_QUERY_LENGTH = 100;
export const MAX_SELECTED = 12;
const EARLIEST_AS_OF = '2000-01-01';
const LATEST_AS_OF = '2100-12-31';

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;

const validId = (value: string | null) => (value !== null && isId(value) ? value : null);

/** A real calendar day within 2000–2100, whatever today is. */
const readableAsOf = (value: string | null): value is string =>
  value !== null && isCalendarDate(value) && value >= EARLIEST_AS_OF && value <= LATEST_AS_OF;

/**
 * Nothing has been published after today: a later day is read as no date (today). Today is
 * looked up only when there is a date to compare (most addresses carry none).
 */
function parseAsOf(value: string | null, today: string | undefined): string | null {
  return readableAsOf(value) && value <= (today ?? todayIso()) ? value : null;
}

const asOfParam = (search: string): string | null => {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search).get('asOf');
  } catch {
    return null;
  }
};

function parseIds(value: string | null): string[] {
  if (!value) return [];
  const ids = value
    .split(',')
    // A bare indicator id or "series:<id>" (see compare-ids).
    .map((id) => (parseCompareId(id.trim()) ? id.trim() : null))
    .filter((id): id is string => id !== null);
  return [...new Set(ids)].slice(0, MAX_SELECTED);
}

/**
 * The `asOf` a query string carries but parseViewState drops as unreadable (not a real date, or
 * outside 2000–2100), so the page can say the link's date was not used; null when there is none
 * (an empty `asOf=` says no date, so there is nothing to warn about).
 */
export function rejectedAsOf(search: string): string | null {
  const raw = asOfParam(search);
  return raw !== null && raw !== '' && !readableAsOf(raw) ? raw : null;
}

/**
 * The `asOf` a query string carries that is a real date but after `today` (Beijing), which
 * parseViewState drops too: the page says so and shows today. Null otherwise.
 */
export function futureAsOf(search: string, today?: string): string | null {
  const raw = asOfParam(search);
  return readableAsOf(raw) && raw > (today ?? todayIso()) ? raw : null;
}

/**
 * Reads a query string ("?plan=…&asOf=…"); unknown keys and bad values are ignored, and so is
 * an as-of date after `today` (by default today in Beijing).
 */
export function parseViewState(search: string, today?: string): ViewState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return DEFAULT_VIEW;
  }
  const lang = params.get('lang');
  return {
    plan: validId(params.get('plan')),
    category: oneOf(CATEGORIES, params.get('category')),
    status: oneOf(STATUS_ORDER, params.get('status')),
    // Never cut a surrogate pair in half, or the next URL write turns it into U+FFFD.
    q: (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH).replace(/[\uD800-\uDBFF]$/, ''),
    asOf: parseAsOf(params.get('asOf'), today),
    ids: parseIds(params.get('ids')),
    lang: isLanguage(lang) ? lang : null,
    demo: params.has('demo'),
  };
}

/** Writes only what differs from the defaults, in a stable key order. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.demo) params.set('demo', '');
  if (state.lang) params.set('lang', state.lang);
  if (state.plan) params.set('plan', state.plan);
  if (state.category) params.set('category', state.category);
  if (state.status) params.set('status', state.status);
  if (state.q) params.set('q', state.q);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.ids.length > 0) params.set('ids', state.ids.join(','));
  const text = params.toString().replace(/^demo=(&|$)/, 'demo$1');
  return text ? `?${text}` : '';
}
