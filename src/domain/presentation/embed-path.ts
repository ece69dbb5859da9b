// Which paths are embeds: the one rule the host configs (scripts/security-headers.ts) and the app
// share. Every path under EMBED_PREFIX may be framed by any site, so every one of them must render
// embed-sized, without the app around it: a chart when the path names one, else an embed 404.
import { isId } from '../dataset/vocabulary.ts';
import type { EmbedKind } from '../exports/embed-code.ts';

/** Only pages under this prefix may be framed by other sites. */
export const EMBED_PREFIX = '/embed/';

/** /embed/indicator/<id>, /embed/plan/<id>, /embed/series/<id>, and nothing after the id. */
const CHART_PATH = /^\/embed\/(indicator|plan|series)\/([^/]+)$/;

/** Whether a path lies under /embed/ (and so is framable, and never shows the app's chrome). */
export const isEmbedPath = (pathname: string): boolean => pathname.startsWith(EMBED_PREFIX);

/**
 * The chart an embed path names by its shape, or null when it names none (/embed/x/y/z,
 * /embed/indicator/<id>/extra, an unknown kind, a malformed id). Whether the id exists is the
 * catalog's to say.
 */
export function embedChartOf(pathname: string): { kind: EmbedKind; id: string } | null {
  const match = CHART_PATH.exec(pathname);
  if (!match || !isId(match[2]!)) return null;
  return { kind: match[1] as EmbedKind, id: match[2]! };
}
