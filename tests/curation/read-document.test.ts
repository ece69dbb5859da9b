// @vitest-environment node
// The reader in Node, as data:extract runs it: DOCX through mammoth, PDF through pdf.js's legacy
// build, each compared with the seed's own text (the same candidates, quotes from the reader's text).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/domain/curation/extract';
import { readDocument } from '../../src/lib/curation/read-document';
import { requireWriter, skipWithoutWriter } from '../utils/libreoffice';
import {
  cjkPdf,
  docxOf,
  imageOnlyDocx,
  imageOnlyPdf,
  layOutParagraphs,
  passwordPdf,
} from './document-fixtures';

const SEED_DIR = path.resolve('../shared/seeds');
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (seed: string) => readFileSync(path.join(SEED_DIR, seed), 'utf8');
const paragraphsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
/** Candidates without their offset, which depends on the document's line breaks. */
const proposals = (text: string) =>
  extractClaims(text, { date: '2024-01-25' }).candidates.map(({ at: _at, ...rest }) => rest);

async function read(name: string, bytes: Uint8Array): Promise<string> {
  const input = await readDocument(name, bytes);
  if (!input.ok) throw new Error(input.message);
  return input.text;
}

describe('readDocument: Word', () => {
  it('reads a Word file made from each seed into the same candidates as the seed text', async () => {
    for (const seed of seeds) {
      const text = seedText(seed);
      const docx = await read(`${seed}.docx`, await docxOf(paragraphsOf(text)));
      expect(docx.split('\n').filter(Boolean)).toEqual(paragraphsOf(text));
      expect(proposals(docx)).toEqual(proposals(text));
    }
  });
});

describe('readDocument: PDF', () => {
  // The seed with the most figures, laid out 30 ems to a line, 40 lines to a page, numbered.
  const seed = '001_039130f0dd037b53.txt';
  const paragraphs = paragraphsOf(seedText(seed));
  const pages = layOutParagraphs(paragraphs, 30, 40);

  it('joins the lines the layout wrapped, across pages, and leaves out the page numbers', async () => {
    expect(pages.length).toBeGreaterThan(2);
    const text = await read('seed.pdf', cjkPdf(pages));
    expect(text).not.toMatch(/— \d+ —/);
    // Not a character lost or added but the space between Han and Latin ("IP 扩大": a layout's gap
    // as often as a writer's space); beyond that only where the line breaks fall can differ.
    const written = paragraphs.map((p) =>
      p.replace(/(?<=[A-Za-z0-9]) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=[A-Za-z0-9])/g, ''),
    );
    expect(text.replace(/\n/g, '')).toBe(written.join(''));
    // Every paragraph ends a line; any other break is a wrapped line that ended its sentence.
    const ends = new Set(written.map((_, i) => written.slice(0, i + 1).join('').length));
    let offset = 0;
    for (const line of text.split('\n')) {
      offset += line.length;
      if (!ends.has(offset)) expect(line).toMatch(/[。；！？：”]$/);
    }
    expect(text.split('\n').length).toBeLessThan(pages.flat().length / 2);
  });

  it('proposes the seed text’s candidates, each quote an exact substring of the PDF’s text', async () => {
    const text = await read('seed.pdf', cjkPdf(pages));
    const found = proposals(text);
    expect(found.length).toBeGreaterThan(10);
    expect(found).toEqual(proposals(paragraphs.join('\n')));
    for (const c of found) expect(text).toContain(c.quote);
  });

  // Needs LibreOffice Writer (.ci/run installs libreoffice-writer-nogui); skipped where it is
  // missing, except in CI, where it fails.
  it.skipIf(skipWithoutWriter)(
    'reads a PDF LibreOffice made from the longest seed into the seed text’s candidates',
    async () => {
      requireWriter();
      const longest = [...seeds].sort((a, b) => seedText(b).length - seedText(a).length)[0]!;
      const dir = mkdtempSync(path.join(tmpdir(), 'read-pdf-'));
      const paragraphs = paragraphsOf(seedText(longest));
      writeFileSync(path.join(dir, 'seed.docx'), await docxOf(paragraphs));
      execFileSync(
        'soffice',
        [
          '-env:UserInstallation=file:///tmp/lo-read-pdf-test',
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'seed.docx'),
        ],
        { timeout: 120_000, stdio: 'ignore' },
      );
      const text = await read('seed.pdf', readFileSync(path.join(dir, 'seed.pdf')));
      expect(text.replace(/\s/g, '')).toBe(paragraphs.join('').replace(/\s/g, ''));
      const found = proposals(text);
      expect(found).toEqual(proposals(paragraphs.join('\n')));
      for (const c of found) expect(text).toContain(c.quote);
    },
    150_000,
  );
});

describe('readDocument refuses, in one line naming the file', () => {
  const refusal = async (name: string, bytes: Uint8Array) => {
    const input = await readDocument(name, bytes);
    expect(input.ok).toBe(false);
    const message = input.ok ? '' : input.message;
    expect(message.startsWith(`${name}: `)).toBe(true);
    expect(message).not.toContain('\n');
    return message;
  };

  it('a scanned PDF (no text layer) and a Word file of images only', async () => {
    expect(await refusal('scan.pdf', imageOnlyPdf())).toMatch(
      /no text layer \(a scanned image\?\); run OCR first or paste the text/,
    );
    expect(await refusal('photos.docx', await imageOnlyDocx())).toMatch(
      /holds no text \(images only\?\)/,
    );
  });

  it('a password-protected PDF or Word file', async () => {
    expect(await refusal('locked.pdf', passwordPdf())).toMatch(/password-protected/);
    // Word encrypts into an OLE compound file: its signature, then anything.
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal('locked.docx', ole)).toMatch(/password-protected/);
  });

  it('wrong bytes under a known extension, and a damaged file', async () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(await refusal('note.pdf', bytes('新增学位2万个。'))).toMatch(/not a PDF/);
    expect(await refusal('note.docx', bytes('新增学位2万个。'))).toMatch(/not a Word \.docx file/);
    expect(await refusal('cut.pdf', imageOnlyPdf().subarray(0, 200))).toMatch(/damaged/);
    expect(await refusal('cut.docx', (await imageOnlyDocx()).subarray(0, 300))).toMatch(/damaged/);
    const notWord = zipSync({ 'readme.txt': bytes('新增学位2万个。') });
    expect(await refusal('other.docx', notWord)).toMatch(/damaged or not a Word document/);
  });

  it('a Word file that says it unpacks to more than 100 MB (a zip bomb)', async () => {
    const bomb = new Uint8Array(await imageOnlyDocx());
    // The first central-directory entry (signature PK\x01\x02) declares 2 GB uncompressed.
    const view = new DataView(bomb.buffer);
    const at = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(at + 24, 0x7fffffff, true);
    expect(await refusal('bomb.docx', bomb)).toMatch(/unpacks to more than 100 MB/);
  });

  it('over 5 MB, by its size, before any parsing', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    expect(await refusal('big.pdf', big)).toMatch(/5\.0 MB is too large \(at most 5 MB\)/);
    expect(await refusal('big.docx', big)).toMatch(/too large/);
  });

  it('a format it does not read', async () => {
    expect(await refusal('sheet.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]))).toMatch(
      /unsupported format "\.xlsx"/,
    );
    expect(await refusal('old.doc', new Uint8Array(8))).toMatch(/unsupported format "\.doc"/);
  });
});
