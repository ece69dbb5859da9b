// The static embed 404 (embed/404.html): what a host serves for a path under /embed/ that has no
// prerendered chart. Any site may frame it, so it is built without the app: no script, no menu,
// no links; the embeds' own words in both languages and their light, frame-filling look.
import { EMBED_TEXT } from '../../src/features/embed/embed-text.ts';

/** Where the build writes the page (also the nginx fallback and Cloudflare's nearest 404.html). */
export const EMBED_NOT_FOUND_FILE = 'embed/404.html';

const STYLE = [
  'html{background:#fff;color:#1d2125;font:14px/1.45 system-ui,"Noto Sans CJK SC",sans-serif}',
  'body{margin:0}main{box-sizing:border-box;padding:12px 14px;max-width:100%}',
  'h1{font-size:clamp(16px,4.5vw,22px);margin:0 0 4px}',
  'p{margin:0 0 8px;color:#555d66}',
].join('');

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The whole page: a heading and one sentence per language, nothing to click. */
export function embedNotFoundHtml(): string {
  const { zh, en } = EMBED_TEXT;
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escape(zh.notFound)} · ${escape(en.notFound)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escape(zh.notFound)}</h1>`,
    `<p>${escape(zh.notChart)}</p>`,
    `<p lang="en">${escape(en.notFound)}. ${escape(en.notChart)}</p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
