// The built page starts its entry script only after the first paint. A <script src> in the HTML
// is fetched as soon as the parser sees it, competing with the page's own first paint; this
// small inline loader (allowed by its hash in the CSP, and nothing else inline is) adds the
// entry once the page has loaded and painted. The entry's address is a <meta>, so the loader's
// text, and with it the hash, is the same in every build.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

export const ENTRY_META = 'plan-tracker-entry';

/**
 * The whole inline script: it marks a page whose app will replace its HTML as not working yet;
 * then, once the page has loaded and its largest paint is reported (or after
 * a second, e.g. in a hidden tab, which paints nothing), it adds the entry. Any change to it
 * changes ENTRY_LOADER_HASH, and the CSP with it.
 */
export const ENTRY_LOADER =
  // At once, while the page is parsed: a page its app will render afresh (a view in the URL, or
  // not the page this HTML is of) says it is not working yet, so nothing is done to it in vain.
  `var r=document.getElementById('root');` +
  `if(r&&(location.search||r.dataset.complete!=='true'||r.dataset.path!==location.pathname))` +
  `r.setAttribute('aria-disabled','true');` +
  `addEventListener('load',function(){var go=function(){go=function(){};` +
  `var s=document.createElement('script');s.type='module';` +
  `s.src=document.querySelector('meta[name="${ENTRY_META}"]').content;document.head.append(s)};` +
  `try{new PerformanceObserver(function(){setTimeout(function(){go()})})` +
  `.observe({type:'largest-contentful-paint',buffered:true})}catch(e){}` +
  `setTimeout(function(){go()},1000)})`;

/** The CSP source that allows exactly ENTRY_LOADER. */
export const ENTRY_LOADER_HASH = `'sha256-${createHash('sha256').update(ENTRY_LOADER).digest('base64')}'`;

const ENTRY_SCRIPT = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/;

/** index.html with its module script replaced by the meta and the loader; preloads dropped. */
export function deferEntry(html: string): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no <script type="module" src>');
  return html
    .replace(ENTRY_SCRIPT, () => `<meta name="${ENTRY_META}" content="${entry}">`)
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
    .replace('</body>', () => `  <script>${ENTRY_LOADER}</script>\n  </body>`);
}

export function deferredEntryPlugin(): Plugin {
  return {
    name: 'plan-tracker-deferred-entry',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferEntry },
  };
}
