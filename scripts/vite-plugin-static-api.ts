// Serves data/ as /api/… in dev and emits the same JSON files into the build, with the archive
// of published dataset versions (datasets/) as /api/datasets/index.json and /api/datasets/<hash>.json.
import path from 'node:path';
import type { Plugin } from 'vite';
import { buildApiFiles } from './lib/api-files.ts';
import { ARCHIVE_DIR, archiveApiFiles } from './lib/dataset-archive.ts';
import { loadDataset } from './lib/load-dataset.ts';

export function staticApi(dataDir = 'data', archiveDir = ARCHIVE_DIR): Plugin {
  let files: Map<string, string> | null = null;
  const current = () =>
    (files ??= new Map([...buildApiFiles(loadDataset(dataDir)), ...archiveApiFiles(archiveDir)]));
  return {
    name: 'plan-tracker-static-api',
    configureServer(server) {
      const watched = [path.resolve(dataDir), path.resolve(archiveDir)];
      server.watcher.add(watched);
      server.watcher.on('all', (_event, file) => {
        if (watched.some((dir) => file.startsWith(dir))) files = null;
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
