// Bundle sizes read from a build's own files, so they work on any dist/ (no manifest needed):
// index.html names the entry, each chunk's `import … from "./x.js"` names what must load with
// it, and every other chunk is lazy. Sizes are what a server sends: raw and gzip (level 9).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entryOf, staticClosure, stylesheetsOf } from '../lib/build-graph';

export {
  dynamicImports,
  entryOf,
  staticClosure,
  staticImports,
  stylesheetsOf,
} from '../lib/build-graph';

export type FileSize = { file: string; raw: number; gzip: number };
/** A JS chunk; `name` is its file name without the content hash (stable across builds). */
export type ChunkSize = FileSize & { name: string; initial: boolean };
export type BundleSizes = {
  html: FileSize;
  /** The one chunk index.html loads. */
  entry: ChunkSize;
  /**
   * The JS of a first visit: the entry and what it imports statically, plus the chunks the entry
   * loads at once by dynamic import (`alsoInitial`, e.g. the app behind a tiny boot script).
   */
  initial: { raw: number; gzip: number; files: string[] };
  /** Stylesheets index.html links (render-blocking); empty when the CSS is inlined. */
  css: FileSize[];
  chunks: ChunkSize[];
};

// .mjs: a module worker the build emits as an asset (pdf.js's), measured and budgeted like a chunk.
const HASHED = /-[\w-]{8}\.m?js$/;
export const chunkName = (file: string) => file.replace(HASHED, '').replace(/\.m?js$/, '');

export function sizeOf(text: string | Buffer): { raw: number; gzip: number } {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/**
 * Sizes of every JS chunk in dist/assets. Initial (first-visit) chunks: the entry's static import
 * closure, and that of each chunk named in `alsoInitial`.
 */
export function measureBundle(dist: string, alsoInitial: readonly string[] = []): BundleSizes {
  const htmlPath = join(dist, 'index.html');
  if (!existsSync(htmlPath)) throw new Error(`${htmlPath} not found: build first`);
  const html = readFileSync(htmlPath, 'utf8');
  const assets = join(dist, 'assets');
  const code = new Map(
    readdirSync(assets)
      .filter((file) => /\.m?js$/.test(file))
      .map((file) => [file, readFileSync(join(assets, file))] as const),
  );
  const entryFile = entryOf(html).replace(/^assets\//, '');
  const roots = [entryFile, ...[...code.keys()].filter((f) => alsoInitial.includes(chunkName(f)))];
  const initial = staticClosure(roots, (file) => code.get(file)?.toString('utf8') ?? null);
  const chunks = [...code].map(([file, buffer]) => ({
    file,
    name: chunkName(file),
    initial: initial.has(file),
    ...sizeOf(buffer),
  }));
  chunks.sort((a, b) => Number(b.initial) - Number(a.initial) || b.gzip - a.gzip);
  const entry = chunks.find((chunk) => chunk.file === entryFile);
  if (!entry) throw new Error(`entry chunk ${entryFile} is not in ${assets}`);
  const first = chunks.filter((chunk) => chunk.initial);
  return {
    html: { file: 'index.html', ...sizeOf(html) },
    entry,
    initial: {
      raw: first.reduce((sum, chunk) => sum + chunk.raw, 0),
      gzip: first.reduce((sum, chunk) => sum + chunk.gzip, 0),
      files: first.map((chunk) => chunk.file),
    },
    css: stylesheetsOf(html).map((file) => ({ file, ...sizeOf(readFileSync(join(dist, file))) })),
    chunks,
  };
}
