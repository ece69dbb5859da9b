// The one place the app talks to /api: every response is parsed with the dataset schema,
// so components only ever see typed, validated data (demo mode's generated answers excepted:
// they were made from validated data by the app itself).
import type { Catalog, Indicator } from '../domain/dataset/schema.ts';
import { isGeneratedDemoAnswer } from './demo-store.ts';
import { draftOnly, overlayDraft } from './draft-store.ts';

type Schemas = typeof import('../domain/dataset/schema');
/** The schema (and zod with it) loads with the first request, in parallel, not with the page. */
const loadSchemas = () => import('../domain/dataset/schema');

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

async function getJson<T>(
  path: string,
  pick: (schemas: Schemas) => SafeParser<T>,
  signal?: AbortSignal,
  published = false,
): Promise<T> {
  const schemas = loadSchemas();
  schemas.catch(() => {}); // awaited below; this only keeps an early failure from going unhandled
  const url = new URL(`${import.meta.env.BASE_URL}api/${path}`, globalThis.location.href).href;
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // Aborts and dropped connections can happen while the body streams in, too.
  const failed = (error: unknown) =>
    timeout.aborted
      ? new ApiError('timeout', url, `no answer in ${REQUEST_TIMEOUT_MS} ms`)
      : new ApiError('network', url, String(error));
  let response: Response;
  try {
    response = await fetch(url, { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    throw failed(error);
  }
  if (response.status === 404) {
    // A new indicator of a curation draft has no published page to fetch.
    const own = published ? undefined : draftOnly<T>(path);
    if (own !== undefined) return own;
    throw new ApiError('not_found', url, 'HTTP 404');
  }
  if (!response.ok) throw new ApiError('http', url, `HTTP ${response.status}`);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    // Only a parse failure means bad data; anything else is retryable transport trouble.
    if (!(error instanceof SyntaxError) || timeout.aborted) throw failed(error);
    throw new ApiError('malformed', url, 'the response is not valid JSON');
  }
  // The running demo's own output was validated where it came from (see isGeneratedDemoAnswer):
  // checking 10,000 generated indicators again cost the first chart several hundred ms.
  const trusted = isGeneratedDemoAnswer(response.headers);
  if (trusted) return published ? (body as T) : overlayDraft(path, body as T);
  let schema: SafeParser<T>;
  try {
    schema = pick(await schemas);
  } catch (error) {
    throw failed(error); // the schema's code could not be downloaded
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.map(String).join('.') || '(root)' : '(root)';
    throw new ApiError('invalid', url, `${where}: ${first?.message ?? 'unexpected shape'}`);
  }
  // A draft (report rows not yet published) replaces the answer, unless the published one is asked for.
  return published ? parsed.data : overlayDraft(path, parsed.data);
}

export const fetchCatalog = (signal?: AbortSignal): Promise<Catalog> =>
  getJson('plans.json', (s) => s.catalogSchema, signal);

export const fetchIndicators = (signal?: AbortSignal): Promise<Indicator[]> =>
  getJson('indicators.json', (s) => s.indicatorListSchema, signal);

export const fetchIndicator = (id: string, signal?: AbortSignal): Promise<Indicator> =>
  getJson(`indicators/${encodeURIComponent(id)}.json`, (s) => s.indicatorSchema, signal);

/** The published data, never a draft: what a report is checked against. */
export const fetchPublished = async (
  signal?: AbortSignal,
): Promise<{ catalog: Catalog; indicators: Indicator[] }> => {
  const [catalog, indicators] = await Promise.all([
    getJson('plans.json', (s) => s.catalogSchema, signal, true),
    getJson('indicators.json', (s) => s.indicatorListSchema, signal, true),
  ]);
  return { catalog, indicators };
};

/** Any other /api/ file, validated with a schema the caller brings (loaded with its own page). */
export const fetchValidated = <T>(
  path: string,
  schema: SafeParser<T>,
  signal?: AbortSignal,
): Promise<T> => getJson(path, () => schema, signal, true);
