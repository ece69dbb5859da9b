// The curation workbench's costs: the time to extract the longest seed (the first run apart:
// it pays for the JIT), the time to read that seed as a Word file and as a PDF (the first run
// also loads mammoth / pdf.js), the gzip sizes of the chunks /curate loads for them, and the
// recall and precision per seed against the hand-written key (as the seed test scores them).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractClaims } from '../../src/domain/curation/extract';
import { readDocument } from '../../src/lib/curation/read-document';
// The bench reads the same made-up documents the reader tests do.
import { cjkPdf, docxOf, layOutParagraphs } from '../../tests/curation/document-fixtures';
import { scoreSeeds } from '../../tests/curation/seed-scores';
import { measureBundle } from './sizes';
import { round, spread, type Spread } from './stats';

export type CurationTiming = { label: string; firstMs: number; warm: Spread };
export type CurationResult = {
  seed: string;
  chars: number;
  candidates: number;
  timings: CurationTiming[];
  /** Chunks of the readers and of the /curate page, when a build was measured. */
  chunks: { name: string; raw: number; gzip: number }[];
  /** pdf.js's CMaps, assets fetched only by a PDF that needs one. */
  cmaps: { files: number; bytes: number } | null;
  /** Per seed of the key: rows found of rows, proposals that are real claims of proposals. */
  scores: { seed: string; found: number; keyRows: number; correct: number; proposals: number }[];
};

// The readers' chunks (vite.config.ts names them), the reader modules and the /curate page's.
const CURATION_CHUNK = /^(mammoth|jszip|pdfjs|pdf\.worker\.min|read-(document|docx|pdf))$|curat/;

async function time(label: string, runs: number, run: () => unknown): Promise<CurationTiming> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return {
    label,
    firstMs: round(times[0]!, 1),
    warm: spread(times.slice(1).map((t) => round(t, 1))),
  };
}

/** Timings on the longest seed in `seedDir`, and the curation chunks of `dist` if given. */
export async function measureCuration(
  dist?: string,
  seedDir = resolve('../shared/seeds'),
  runs = 9,
): Promise<CurationResult> {
  const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt'));
  const texts = seeds.map((seed) => ({ seed, text: readFileSync(join(seedDir, seed), 'utf8') }));
  const { seed, text } = texts.sort((a, b) => b.text.length - a.text.length)[0]!;
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const docx = await docxOf(paragraphs);
  const pdf = cjkPdf(layOutParagraphs(paragraphs, 30, 40));
  const read = async (name: string, bytes: Uint8Array) => {
    const input = await readDocument(name, bytes);
    if (!input.ok) throw new Error(input.message);
  };
  const timings = [
    await time('extract (text → candidates)', runs, () => extractClaims(text, { date: null })),
    await time(`read .docx (${(docx.length / 1000).toFixed(0)} kB, mammoth)`, runs, () =>
      read('seed.docx', docx),
    ),
    await time(`read .pdf (${(pdf.length / 1000).toFixed(0)} kB, pdf.js)`, runs, () =>
      read('seed.pdf', pdf),
    ),
  ];
  let chunks: CurationResult['chunks'] = [];
  let cmaps: CurationResult['cmaps'] = null;
  if (dist) {
    chunks = measureBundle(dist)
      .chunks.filter((c) => CURATION_CHUNK.test(c.name))
      .map(({ name, raw, gzip }) => ({ name, raw, gzip }));
    const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.bcmap'));
    cmaps = {
      files: files.length,
      bytes: files.reduce((sum, f) => sum + statSync(join(dist, 'assets', f)).size, 0),
    };
  }
  return {
    seed,
    chars: text.length,
    candidates: extractClaims(text, { date: null }).candidates.length,
    timings,
    chunks,
    cmaps,
    scores: scoreSeeds(seedDir).map(({ score: { seed, found, keyRows, correct, proposals } }) => ({
      seed,
      found,
      keyRows,
      correct,
      proposals,
    })),
  };
}
