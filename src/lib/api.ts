// The one place the app talks to /api: every response is parsed with the dataset schema,
// so components only ever see typed, validated data.
import {
  catalogSchema,
  indicatorListSchema,
  indicatorSchema,
  type Catalog,
  type Indicator,
} from '../domain/schema';

export type ApiErrorKind = 'network' | 'http' | 'not_found' | 'malformed' | 'invalid' | 'timeout';

/** A failed request, classified so the UI can say what went wrong in words. */
export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly url: string,
    detail: string,
  ) {
    super(`${kind}: ${url}: ${detail}`);
    this.name = 'ApiError';
  }
}

export const REQUEST_TIMEOUT_MS = 15_000;

type SafeParser<T> = {
  safeParse: (
    input: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

async function getJson<T>(path: string, schema: SafeParser<T>, signal?: AbortSignal): Promise<T> {
  const url = new URL(`${import.meta.env.BASE_URL}api/${path}`, globalThis.location.href).href;
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (timeout.aborted)
      throw new ApiError('timeout', url, `no answer in ${REQUEST_TIMEOUT_MS} ms`);
    throw new ApiError('network', url, String(error));
  }
  if (response.status === 404) throw new ApiError('not_found', url, 'HTTP 404');
  if (!response.ok) throw new ApiError('http', url, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('malformed', url, 'the response is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.map(String).join('.') || '(root)' : '(root)';
    throw new ApiError('invalid', url, `${where}: ${first?.message ?? 'unexpected shape'}`);
  }
  return parsed.data;
}

export const fetchCatalog = (signal?: AbortSignal): Promise<Catalog> =>
  getJson('plans.json', catalogSchema, signal);

export const fetchIndicators = (signal?: AbortSignal): Promise<Indicator[]> =>
  getJson('indicators.json', indicatorListSchema, signal);

export const fetchIndicator = (id: string, signal?: AbortSignal): Promise<Indicator> =>
  getJson(`indicators/${encodeURIComponent(id)}.json`, indicatorSchema, signal);
