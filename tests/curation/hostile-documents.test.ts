// @vitest-environment node
// Hostile documents through data:extract, on a copy of data/: each ends in one clear line, a
// refusal exits non-zero, and nothing is written (the copy and the documents' folder are
// byte-identical after the run). The documents are made here, see document-fixtures.ts. Each is
// also run with --write --plan <a real plan>: it still ends in one clear message, nothing written.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/curation/read-document';
import { imageOnlyDocx, imageOnlyPdf } from './document-fixtures';

const root = mkdtempSync(path.join(tmpdir(), 'hostile-'));
const dataDir = path.join(root, 'data');
const docs = path.join(root, 'docs');
const marker = path.join(root, 'script-ran');

/** Every file under dir with its bytes, to compare before and after a run. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else files.set(path.relative(root, file), readFileSync(file).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** data:extract on one of the documents, asserting that it wrote nothing. */
function extract(name: string, ...args: string[]) {
  const before = snapshot(root);
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-extract.ts', path.join(docs, name), '--data-dir', dataDir, ...args],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(snapshot(root)).toEqual(before);
  return run;
}

const SCRIPTED_PAGE = `<!doctype html><html><head><title>关于2024年重要民生实事的通知</title>
<script>require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); globalThis.curationScriptRan = true;</script>
<script type="module">document.title = '新增停车位999个';</script></head>
<body onload="globalThis.curationScriptRan = true"><p>2024年将新增中小学学位2万个。</p>
<img src="x" onerror="globalThis.curationScriptRan = true"><noscript>新增托位888个</noscript></body></html>`;

const FILLER = `京政发〔2024〕1号
各区人民政府：本通知自2024年3月5日起施行，2025-01-01起全面实施。
咨询电话：010-12345678，手机13812345678，传真（010）87654321，邮编100010。
请于2023年12月31日前报送。京政办发〔2023〕15号文件同时废止。
二〇二四年三月五日
`;

beforeAll(async () => {
  cpSync('data', dataDir, { recursive: true });
  const big = Buffer.alloc(5 * 1024 * 1024 + 7, '新增学位2万个。');
  const files: Record<string, Uint8Array | string> = {
    'big.txt': big,
    'scan.pdf': imageOnlyPdf(),
    'photos.docx': await imageOnlyDocx(),
    'page.html': SCRIPTED_PAGE,
    'notice.txt': FILLER,
  };
  mkdirSync(docs);
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(docs, name), bytes);
});

describe('data:extract on hostile documents', () => {
  it('refuses a text over 5 MB by its size', () => {
    const run = extract('big.txt');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('big.txt: 5.0 MB is too large (at most 5 MB)');
    expect(run.stdout).toBe('');
  });

  it('refuses a scanned PDF, saying it has no text layer', () => {
    const run = extract('scan.pdf');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      'scan.pdf: this PDF has no text layer (a scanned image?); run OCR first or paste the text',
    );
  });

  it('refuses a Word file that holds only a picture', () => {
    const run = extract('photos.docx');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('photos.docx: this Word file holds no text (images only?)');
  });

  it('reads an HTML page without running its scripts or taking their text', async () => {
    const run = extract('page.html', '--json');
    expect(run.status).toBe(0);
    const values = (JSON.parse(run.stdout) as { value: number }[]).map((c) => c.value);
    expect(values).toEqual([20000]);
    expect(run.stdout).not.toMatch(/999|888|writeFileSync|curationScriptRan/);
    expect(existsSync(marker)).toBe(false);
    // The reader in this process, too: its text has no script, and no script set the global.
    const input = await readDocument('page.html', new TextEncoder().encode(SCRIPTED_PAGE));
    expect(input.ok && input.text).toBe(
      '关于2024年重要民生实事的通知\n\n2024年将新增中小学学位2万个。',
    );
    expect((globalThis as { curationScriptRan?: boolean }).curationScriptRan).toBeUndefined();
  });

  it('finds no figure in dates, phone numbers and document numbers, and says so', () => {
    const run = extract('notice.txt', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr.trim()).toBe(
      'notice.txt: no figures found (no target or reported figure; dates, phone numbers and document numbers are not figures)',
    );
  });
});

/** The same documents asked to be written into the copy of data/, for a real plan. */
const write = (name: string, source = 'seed-001-npc-livelihood-press-conference-2024') =>
  extract(name, '--write', '--plan', 'beijing-2024-livelihood-measures', '--source', source);

describe('data:extract --write on hostile documents', () => {
  it('refuses the 5 MB text, the scanned PDF and the picture-only Word file before writing', () => {
    expect(write('big.txt')).toMatchObject({
      status: 1,
      stdout: '',
      stderr: 'big.txt: 5.0 MB is too large (at most 5 MB)\n',
    });
    expect(write('scan.pdf')).toMatchObject({
      status: 1,
      stderr:
        'scan.pdf: this PDF has no text layer (a scanned image?); run OCR first or paste the text\n',
    });
    expect(write('photos.docx')).toMatchObject({
      status: 1,
      stderr: 'photos.docx: this Word file holds no text (images only?)\n',
    });
  });

  it('writes nothing for a text of dates and phone numbers, and says there is nothing to write', () => {
    const run = write('notice.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^notice\.txt: no figures found .*\n✗ nothing to write; nothing was written to .*data\/\n$/,
    );
  });

  it('does not put the scripted page’s words in a seed’s mouth', () => {
    const run = write('page.html');
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(
      '--source seed-001-npc-livelihood-press-conference-2024 is the seed 001_039130f0dd037b53.txt, not page.html: cite the source this document is',
    );
  });

  it('finds only the page’s visible figure, which data/ holds already from its real source', () => {
    const run = write('page.html', 'bjyouth-2024-01-25-education');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^= #1 is already in .*data\/: new-school-places 2024 target: ≥20000$/m,
    );
    expect(run.stdout).toMatch(/✓ nothing to change: the accepted candidate is already in/);
    expect(run.stdout).not.toMatch(/999|888/);
    expect(existsSync(marker)).toBe(false);
  });
});
