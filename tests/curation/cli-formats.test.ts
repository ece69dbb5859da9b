// @vitest-environment node
// data:extract reads Word and PDF files as it reads text: the same seed gives the same figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { cjkPdf, docxOf, layOutParagraphs } from './document-fixtures';

type Proposal = { kind: string; value: number; year: number | null; quote: string };
const extract = (file: string) => {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-extract.ts', file, '--json', '--date', '2024-01-25'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.stderr).toBe('');
  // Quotes without their line breaks: a Word file keeps a blank line between paragraphs, a PDF none.
  return (JSON.parse(run.stdout) as Proposal[]).map(({ kind, value, year, quote }) => ({
    kind,
    value,
    year,
    quote: quote.replace(/\s+/g, ''),
  }));
};

it('proposes the same figures from a seed as .txt, .docx and .pdf', async () => {
  const seed = path.resolve('../shared/seeds/001_039130f0dd037b53.txt');
  const paragraphs = readFileSync(seed, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const dir = mkdtempSync(path.join(tmpdir(), 'extract-formats-'));
  writeFileSync(path.join(dir, 'seed.docx'), await docxOf(paragraphs));
  writeFileSync(path.join(dir, 'seed.pdf'), cjkPdf(layOutParagraphs(paragraphs, 30, 40)));
  const fromText = extract(seed);
  expect(fromText).toContainEqual(
    expect.objectContaining({ value: 1180000, kind: 'actual', year: 2023 }),
  );
  expect(extract(path.join(dir, 'seed.docx'))).toEqual(fromText);
  expect(extract(path.join(dir, 'seed.pdf'))).toEqual(fromText);
});
