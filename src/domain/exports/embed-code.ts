// The "复制嵌入代码" snippet: an <iframe> of /embed/<kind>/<id> for another site's page. Pure.
export type EmbedKind = 'indicator' | 'plan' | 'series';
export type EmbedTarget = { kind: EmbedKind; id: string };

/** What the page in view can embed: its indicator or series, or the plan the overview filters to. */
export function embedTargetOf(path: string, plan: string | null): EmbedTarget | null {
  const detail = /^\/(indicator|series)\/([^/]+)$/.exec(path);
  if (detail) return { kind: detail[1] as EmbedKind, id: detail[2]! };
  return path === '/' && plan ? { kind: 'plan', id: plan } : null;
}

/** Heights (px) that show each embed whole at a typical article width, without inner scrolling. */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { indicator: 460, plan: 560, series: 520 };

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed's URL: its language, as-of date and demo flag when the view has them. */
export function embedUrl(
  origin: string,
  target: EmbedTarget,
  view: { lang: string | null; asOf: string | null; demo: boolean },
): string {
  const params = new URLSearchParams();
  if (view.demo) params.set('demo', '');
  if (view.lang && view.lang !== 'zh') params.set('lang', view.lang);
  if (view.asOf) params.set('asOf', view.asOf);
  const query = params.toString().replace(/^demo=(&|$)/, 'demo$1');
  return `${origin}/embed/${target.kind}/${encodeURIComponent(target.id)}${query ? `?${query}` : ''}`;
}

/** `<iframe src=… title=… loading="lazy" …>`, the title escaped for an attribute. */
export function embedSnippet(src: string, title: string, kind: EmbedKind): string {
  return (
    `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" ` +
    `height="${EMBED_HEIGHT[kind]}" style="border:0;max-width:760px"></iframe>`
  );
}
