// `npm start` (vite preview) answers an /embed/ path that has no built file (no prerendered chart)
// with the static embed 404, status 404, as the nginx snippet does: never the app's index.html,
// which any site could otherwise frame there, menu and all.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';
import { EMBED_PREFIX } from '../src/domain/presentation/embed-path.ts';
import { EMBED_NOT_FOUND_FILE } from './lib/embed-not-found-html.ts';

/** Whether the built site holds a file for this /embed/ path (as itself or as `<path>.html`). */
function hasFile(outDir: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const normal = path.posix.normalize(decoded);
  if (!normal.startsWith(EMBED_PREFIX) || normal.endsWith('/')) return false;
  const file = path.join(outDir, normal);
  return existsSync(`${file}.html`) || (existsSync(file) && !file.endsWith(path.sep));
}

function serveEmbedNotFound(outDir: string): Connect.NextHandleFunction {
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split(/[?#]/)[0]!;
    if (!['GET', 'HEAD'].includes(req.method ?? '') || !pathname.startsWith(EMBED_PREFIX))
      return next();
    if (hasFile(outDir, pathname)) return next();
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(
      req.method === 'HEAD' ? undefined : readFileSync(path.join(outDir, EMBED_NOT_FOUND_FILE)),
    );
  };
}

export function embedNotFoundPlugin(): Plugin {
  return {
    name: 'plan-tracker-embed-not-found',
    configurePreviewServer(server) {
      const { root, build } = server.config;
      server.middlewares.use(serveEmbedNotFound(path.resolve(root, build.outDir)));
    },
  };
}
