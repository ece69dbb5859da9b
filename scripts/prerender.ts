// Build step: after the client bundle is written, builds src/entry-server.tsx for Node, renders
// the overview and every indicator's page with the API data the build just emitted, and writes
// them into index.html and indicator/<id>.html, so the page paints before its JS arrives
// (main.tsx then hydrates it). Other routes get the plain page as <route>.html. Runs inside
// `vite build`, so every build (CI, tests, npm start) has it.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { RenderedPage } from '../src/entry-server.tsx';
import type { PrerenderPayload } from '../src/lib/prerendered.tsx';
import { dynamicImports, entryOf, staticClosure, stylesheetsOf } from './lib/build-graph.ts';
import { EMBED_NOT_FOUND_FILE, embedNotFoundHtml } from './lib/embed-not-found-html.ts';
import {
  injectPrerender,
  inlineStylesheet,
  routeShellFiles,
  withTitle,
} from './lib/prerender-html.ts';

type ServerEntry = {
  renderPages: (api: { catalog: unknown; indicators: unknown }) => Promise<RenderedPage[]>;
  serializePayload: (payload: PrerenderPayload) => string;
  prerenderedPath: (page: PrerenderPayload) => string;
  PRERENDER_DATA_ID: string;
};

async function loadServerEntry(root: string): Promise<{ entry: ServerEntry; cleanup: () => void }> {
  // Inside node_modules so the bundle's bare imports (react, i18next…) resolve from there.
  const cache = path.join(root, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(path.join(cache, 'prerender-'));
  const cleanup = () => rmSync(outDir, { recursive: true, force: true });
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      mode: 'production',
      build: {
        ssr: 'src/entry-server.tsx',
        outDir,
        emptyOutDir: true,
        target: 'node20',
        rolldownOptions: { output: { entryFileNames: 'entry-server.mjs' } },
      },
    });
    const entry = (await import(
      pathToFileURL(path.join(outDir, 'entry-server.mjs')).href
    )) as ServerEntry;
    return { entry, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/**
 * The plain page, fetching the app's code along with the tiny entry: a route that is not
 * prerendered shows nothing until that code runs. (Prerendered pages do not: there, preloads
 * would compete with the page that is already there to paint.)
 */
function withAppPreloads(shell: string, outDir: string): string {
  const read = (file: string) => {
    try {
      return readFileSync(path.join(outDir, 'assets', file), 'utf8');
    } catch {
      return null;
    }
  };
  const boot = read(entryOf(shell).replace(/^assets\//, '')) ?? '';
  const links = [...staticClosure(dynamicImports(boot), read)]
    .filter((file) => !shell.includes(`/assets/${file}`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/assets/${file}">`);
  return shell.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}

/** The file a prerendered path is written to: `/` → index.html, `/indicator/x` → indicator/x.html. */
export function fileOfPath(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/** Renders every prerendered page into its file; returns how many. */
export async function prerenderPages(root: string, outDir: string): Promise<number> {
  const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  const write = (file: string, html: string) => {
    mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
    writeFileSync(path.join(outDir, file), html);
  };
  const shell = read('index.html');
  const api = {
    catalog: JSON.parse(read('api/plans.json')),
    indicators: JSON.parse(read('api/indicators.json')),
  };
  const { entry, cleanup } = await loadServerEntry(root);
  try {
    const pages = await entry.renderPages(api);
    const plain = withAppPreloads(shell, outDir);
    for (const file of routeShellFiles()) write(file, plain);
    // What a host serves for an /embed/ path with no chart file, in place of the app.
    write(EMBED_NOT_FOUND_FILE, embedNotFoundHtml());
    for (const { path: pagePath, title, html, payload } of pages) {
      const page = injectPrerender(
        withTitle(shell, title),
        html,
        entry.serializePayload(payload),
        entry.PRERENDER_DATA_ID,
        // The path the app hydrates this HTML on: an embed's file holds the overview's data and
        // is rendered afresh, so its path never matches and its app starts at once.
        { path: entry.prerenderedPath(payload), day: payload.day },
      );
      // Each page inlines the stylesheet: no second round trip before the first paint.
      const inlined = stylesheetsOf(page).reduce(
        (html, href) => inlineStylesheet(html, `/${href}`, read(href)),
        page,
      );
      write(fileOfPath(pagePath), inlined);
    }
    return pages.length;
  } finally {
    cleanup();
  }
}

/** The Vite plugin: client builds only (the server build it starts has no config file). */
export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'plan-tracker-prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const started = Date.now();
        const count = await prerenderPages(config.root, outDir);
        config.logger.info(
          `prerendered ${count} pages (the overview, each indicator and each series) in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
