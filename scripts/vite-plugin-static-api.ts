// Serves data/ as /api/… in dev and emits the same JSON files into the build.
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildApiFiles } from './lib/api-files.ts';
import { loadDataset } from './lib/load-dataset.ts';

export function staticApi(dataDir = 'data'): Plugin {
  let files: Map<string, string> | null = null;
  const current = () => (files ??= buildApiFiles(loadDataset(dataDir)));
  return {
    name: 'plan-tracker-static-api',
    configureServer(server) {
      server.watcher.add(path.resolve(dataDir));
      server.watcher.on('change', (file) => {
        if (file.startsWith(path.resolve(dataDir))) files = null;
      });
      server.middlewares.use('/api/', (req, res, next) => {
        const key = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\//, ''));
        let body: string | undefined;
        try {
          body = current().get(key);
        } catch (error) {
          res.statusCode = 500;
          res.end(String(error));
          return;
        }
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of current())
        this.emitFile({ type: 'asset', fileName: `api/${fileName}`, source });
    },
  };
}
