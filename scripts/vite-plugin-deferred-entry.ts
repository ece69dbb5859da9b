// A complete prerendered page starts its entry script only after the first paint. A <script
// src> in the HTML is fetched as soon as the parser sees it, competing with the page's own first
// paint; this small inline loader (allowed by its hash in the CSP, and nothing else inline is)
// adds the entry once the page has loaded and painted, or at once where the HTML is only a
// stand-in. The entry's address is a <meta>, so the loader's text, and with it the hash, is the
// same in every build; so are the entry's own imports, which the loader preloads with it (a
// meta attribute).
import { createHash } from 'node:crypto';
import type { Plugin, Rollup } from 'vite';
import { importClosure } from './lib/build-graph.ts';
import { EARLY_CLICKS } from '../src/lib/boot/early-clicks.ts';
import { EXPORT_FRAME_NAME } from '../src/lib/export/frame-name.ts';

export const ENTRY_META = 'plan-tracker-entry';

/**
 * The whole inline script. A page whose app will render it afresh (a view in the URL, not the
 * page this HTML is of, a page the HTML leaves incomplete) is marked as not working yet and
 * adds the entry at once: its HTML is a stand-in, and the sooner the app runs the sooner the
 * page is what was asked for. So does the off-screen frame a page image is drawn in. Any other
 * page adds the entry once it has loaded and its largest paint is reported (or after a second,
 * e.g. in a hidden tab, which paints nothing). The entry's own imports and `ahead` chunks are
 * preloaded with it. Until the entry takes over, clicks are kept in window[EARLY_CLICKS]. Any
 * change to it changes ENTRY_LOADER_HASH, and the CSP with it.
 */
export const ENTRY_LOADER =
  // Clicks before the entry runs are kept for it (boot.ts replays those on buttons once live).
  `var k=[],kf=function(e){k.push(e.target)};addEventListener('click',kf,true);` +
  `window.${EARLY_CLICKS}={targets:k,stop:function(){removeEventListener('click',kf,true)}};` +
  `var r=document.getElementById('root'),` +
  `m=document.querySelector('meta[name="${ENTRY_META}"]'),h=document.head,` +
  `go=function(){go=function(){};` +
  `(m.dataset.preload||'').split(' ').forEach(function(u){if(u){` +
  `var l=document.createElement('link');l.rel='modulepreload';l.href=u;h.append(l)}});` +
  `var s=document.createElement('script');s.type='module';s.src=m.content;h.append(s)};` +
  `if(r&&(location.search||r.dataset.complete!=='true'||r.dataset.path!==location.pathname)){` +
  `r.setAttribute('aria-disabled','true');go()}` +
  `else if(window.name==='${EXPORT_FRAME_NAME}')go();` +
  `else addEventListener('load',function(){` +
  `try{new PerformanceObserver(function(){setTimeout(function(){go()})})` +
  `.observe({type:'largest-contentful-paint',buffered:true})}catch(e){}` +
  `setTimeout(function(){go()},1000)})`;

/** The CSP source that allows exactly ENTRY_LOADER. */
export const ENTRY_LOADER_HASH = `'sha256-${createHash('sha256').update(ENTRY_LOADER).digest('base64')}'`;

const ENTRY_SCRIPT = /<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/;

const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/g;

/**
 * index.html with its module script replaced by the meta and the loader. The entry's preloads
 * leave the HTML (the parser would fetch them before the first paint) and become the meta's
 * data-preload, which the loader preloads together with the entry; so do `ahead`, the
 * addresses of chunks to fetch (not run) as soon as the page has painted.
 */
export function deferEntry(html: string, ahead: readonly string[] = []): string {
  const entry = ENTRY_SCRIPT.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no <script type="module" src>');
  const preloads = [
    ...new Set([...[...html.matchAll(MODULE_PRELOAD)].map((link) => link[1]), ...ahead]),
  ];
  const preloadAttribute = preloads.length > 0 ? ` data-preload="${preloads.join(' ')}"` : '';
  return html
    .replace(
      ENTRY_SCRIPT,
      () => `<meta name="${ENTRY_META}" content="${entry}"${preloadAttribute}>`,
    )
    .replace(MODULE_PRELOAD, '')
    .replace('</body>', () => `  <script>${ENTRY_LOADER}</script>\n  </body>`);
}

/** The addresses of the named chunks and of every chunk they import, from the build's bundle. */
export function chunkClosure(bundle: Rollup.OutputBundle, names: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter(
    (file): file is Rollup.OutputChunk => file.type === 'chunk',
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const roots = names.map((name) => {
    const chunk = chunks.find((candidate) => candidate.name === name && !candidate.isEntry);
    if (!chunk) throw new Error(`the build has no chunk named ${name} to fetch ahead`);
    return chunk.fileName;
  });
  const found = importClosure(roots, (file) => byFile.get(file)?.imports ?? null);
  return [...found].map((file) => `/${file}`);
}

/**
 * `ahead`: names of chunks (vite.config.ts groups) every page needs once its app starts, fetched
 * with the entry right after the first paint, so a first interaction downloads only the rest.
 */
export function deferredEntryPlugin(ahead: readonly string[] = []): Plugin {
  return {
    name: 'plan-tracker-deferred-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        deferEntry(html, context.bundle ? chunkClosure(context.bundle, ahead) : []),
    },
  };
}
