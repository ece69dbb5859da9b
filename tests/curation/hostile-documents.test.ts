// Hostile documents through data:extract, on a copy of data/: each ends in one clear line, a
// refusal exits non-zero, and nothing is written (the copy and the documents' folder are
// byte-identical after the run). The documents are made here, see document-fixtures.ts. Once
// data:extract can write (--write --plan), these runs should pass it too.
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
