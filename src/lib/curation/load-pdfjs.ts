// pdf.js, loaded only when a PDF is read: in a browser its modern build with its worker (a chunk
// and an asset of their own), in Node (the CLI, the tests) its legacy build, which runs there.
export type Pdfjs = typeof import('pdfjs-dist');

/** pdf.js, and the options that find its CMaps (needed for CJK fonts a PDF names, not embeds). */
export type PdfEngine = { pdfjs: Pdfjs; options: Partial<DocumentParameters> };
type DocumentParameters = Extract<Parameters<Pdfjs['getDocument']>[0], { cMapUrl?: unknown }>;

// A specifier the bundler cannot see: what Node alone loads stays out of the browser build.
const importInNode = (specifier: string): Promise<unknown> => import(/* @vite-ignore */ specifier);

/** The pdf.js build for where this runs. */
export async function loadPdfjs(): Promise<PdfEngine> {
  if (typeof window !== 'undefined' && typeof Worker !== 'undefined')
    return (await import('./pdfjs-browser')).browserEngine();
  const pdfjs = (await importInNode('pdfjs-dist/legacy/build/pdf.mjs')) as Pdfjs;
  const { createRequire } = (await importInNode('node:module')) as typeof import('node:module');
  const packageJson = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return { pdfjs, options: { cMapUrl: packageJson.replace(/package\.json$/, 'cmaps/') } };
}
