// @vitest-environment node
// The size side of the benchmark: which chunks a first visit loads, and the budget check CI runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBudgets, describeViolation, type Budgets } from '../../scripts/bench/budgets';
import {
  chunkName,
  dynamicImports,
  entryOf,
  measureBundle,
  staticImports,
} from '../../scripts/bench/sizes';

const dist = mkdtempSync(path.join(tmpdir(), 'budgets-test-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function writeDist(files: Record<string, string>) {
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dist, file), text);
}

// boot imports a helper statically and main dynamically; main imports vendor; a page is lazy.
writeDist({
  'index.html':
    '<html><head><script type="module" crossorigin src="/assets/index-AAAAAAAA.js"></script>' +
    '<link rel="stylesheet" crossorigin href="/assets/style-BBBBBBBB.css"></head><body></body></html>',
  'assets/style-BBBBBBBB.css': 'body{margin:0}',
  'assets/index-AAAAAAAA.js':
    'import{p as a}from"./helper-CCCCCCCC.js";a(()=>import("./main-DDDDDDDD.js"));',
  'assets/helper-CCCCCCCC.js': 'export const p=(f)=>f();',
  'assets/main-DDDDDDDD.js': `import"./vendor-EEEEEEEE.js";const l=()=>import("./page-FFFF-FFF.js");${'x'.repeat(4000)}`,
  'assets/vendor-EEEEEEEE.js': Array.from({ length: 2000 }, (_, i) => `v${i}=${i * 7919};`).join(
    '',
  ),
  'assets/page-FFFF-FFF.js': 'export default 1;',
  'assets/pdf.worker.min-GGGGGGGG.mjs': 'self.onmessage=()=>{};',
});

describe('bundle sizes', () => {
  it('reads static imports but not dynamic ones, and names chunks without their hash', () => {
    expect(staticImports('import{a}from"./x-1.js";import"./y.js";import("./z.js")')).toEqual([
      'x-1.js',
      'y.js',
    ]);
    expect(dynamicImports('e(()=>import(`./main-1.js`));import("./b.js")')).toEqual([
      'main-1.js',
      'b.js',
    ]);
    expect(chunkName('page-FFFF-FFF.js')).toBe('page');
    expect(chunkName('exceljs.min-DqPyZ1yt.js')).toBe('exceljs.min');
    expect(chunkName('pdf.worker.min-FHbmGBN0.mjs')).toBe('pdf.worker.min');
    expect(entryOf('<script type="module" crossorigin src="/assets/index-AAAAAAAA.js">')).toBe(
      'assets/index-AAAAAAAA.js',
    );
  });

  it('counts the entry closure as first visit, plus the chunks the entry loads at once', () => {
    const alone = measureBundle(dist);
    expect(alone.initial.files.sort()).toEqual(['helper-CCCCCCCC.js', 'index-AAAAAAAA.js']);
    const sizes = measureBundle(dist, ['main']);
    expect(sizes.entry.name).toBe('index');
    expect(sizes.initial.files.sort()).toEqual([
      'helper-CCCCCCCC.js',
      'index-AAAAAAAA.js',
      'main-DDDDDDDD.js',
      'vendor-EEEEEEEE.js',
    ]);
    expect(sizes.chunks.find((c) => c.name === 'page')?.initial).toBe(false);
    // A module worker (.mjs asset) is measured, never part of a first visit.
    expect(sizes.chunks.find((c) => c.name === 'pdf.worker.min')?.initial).toBe(false);
    expect(sizes.initial.gzip).toBe(
      sizes.chunks.filter((c) => c.initial).reduce((sum, c) => sum + c.gzip, 0),
    );
    expect(sizes.css.map((c) => c.file)).toEqual(['assets/style-BBBBBBBB.css']);
  });
});

describe('budgets', () => {
  const sizes = measureBundle(dist, ['main']);
  const vendor = sizes.chunks.find((c) => c.name === 'vendor')!;
  const roomy: Budgets = {
    firstVisitChunks: ['main'],
    firstUseChunks: ['page'],
    gzip: { firstVisit: 1e6, firstUse: 1e6, entry: 1e6, otherChunk: 1e6, chunks: {} },
  };

  it('passes when everything fits', () => {
    expect(checkBudgets(sizes, roomy)).toEqual([]);
  });

  it('names the chunk over its own budget, with both numbers', () => {
    const tight = { ...roomy, gzip: { ...roomy.gzip, chunks: { vendor: vendor.gzip - 1 } } };
    const violations = checkBudgets(sizes, tight);
    expect(violations).toEqual([
      { what: `chunk ${vendor.file}`, gzip: vendor.gzip, budget: vendor.gzip - 1 },
    ]);
    expect(describeViolation(violations[0]!)).toMatch(
      /^chunk vendor-EEEEEEEE\.js: .* kB gzip, budget .* kB/,
    );
  });

  it('checks the entry, unlisted chunks and the first-visit total', () => {
    const tight = {
      ...roomy,
      gzip: { ...roomy.gzip, entry: 10, otherChunk: 10, firstVisit: sizes.initial.gzip - 1 },
    };
    const what = checkBudgets(sizes, tight).map((v) => v.what);
    expect(what).toContain('first-visit JS (all chunks)');
    expect(what).toContain(`entry chunk ${sizes.entry.file}`);
    expect(what).toContain('chunk page-FFFF-FFF.js');
  });

  it('checks what is running once the app is live, when given', () => {
    const firstUse = measureBundle(dist, ['main', 'page']).initial;
    expect(firstUse.gzip).toBeGreaterThan(sizes.initial.gzip);
    const tight = { ...roomy, gzip: { ...roomy.gzip, firstUse: firstUse.gzip - 1 } };
    expect(checkBudgets(sizes, tight, firstUse)).toEqual([
      {
        what: 'first-use JS (first visit + the app)',
        gzip: firstUse.gzip,
        budget: firstUse.gzip - 1,
      },
    ]);
    expect(checkBudgets(sizes, tight)).toEqual([]);
  });
});
