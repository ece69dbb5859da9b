// @vitest-environment node
// `npm run data:import` (the real script) on workbooks that hide what they import: the hidden
// entry sheet behind a visible copy, hidden and filtered-out rows, hidden columns, zero sizes.
// Each is refused by default with the part named and data/ untouched; --allow-hidden imports it
// and still names it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillHiding, GOOD_ROW, PUBLIC_ROW, templateFor, type RowValues } from './workbooks';

const REPO = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);
let work: string;
let dataDir: string;
let template: Uint8Array;

const snapshotDir = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const p = path.join(e.parentPath, e.name);
        return [path.relative(dir, p), readFileSync(p, 'utf8')] as const;
      }),
  );

function importFile(name: string, bytes: Uint8Array, extra: string[] = []) {
  const file = path.join(work, name);
  writeFileSync(file, bytes);
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-import.ts', file, '--data-dir', dataDir, '--today', TODAY, ...extra],
    { cwd: REPO, encoding: 'utf8', timeout: 90_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'data-import-hidden-'));
  dataDir = path.join(work, 'data');
  cpSync(path.join(REPO, 'data'), dataDir, { recursive: true });
  template = await templateFor(dataDir);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The figure the hidden parts hold: 9999 worker homes (a reviewer sees 7500, or nothing). */
const HIDDEN_ROW: RowValues = {
  ...GOOD_ROW,
  value: 9999,
  quote: '截至2025年底，全市共建成职工之家9999个',
};
const UNHIDE =
  'unhide it (and clear any filter), check its figures, save and upload again; delete rows that should not be imported';

const cases: [string, () => Promise<Uint8Array>, string][] = [
  [
    'hidden-sheet.xlsx',
    () => fillHiding(template, [HIDDEN_ROW], { sheet: 'hidden', visibleValue: 7500 }),
    'hidden-sheet.xlsx › 填报: the sheet "填报" is hidden: the import reads its figures, which a reviewer does not see — unhide "填报", fill in and check that sheet only, delete other copies, save and upload again',
  ],
  [
    'very-hidden-sheet.xlsx',
    () => fillHiding(template, [HIDDEN_ROW], { sheet: 'veryHidden', visibleValue: 7500 }),
    'very-hidden-sheet.xlsx › 填报: the sheet "填报" is very hidden (veryHidden): the import reads its figures, which a reviewer does not see — unhide "填报", fill in and check that sheet only, delete other copies, save and upload again',
  ],
  [
    'hidden-row.xlsx',
    () => fillHiding(template, [PUBLIC_ROW, HIDDEN_ROW], { row: 4 }),
    `hidden-row.xlsx › 填报 row 4: the row is hidden (by hand or by a filter) — ${UNHIDE}`,
  ],
  [
    'filtered-row.xlsx',
    () => fillHiding(template, [PUBLIC_ROW, HIDDEN_ROW], { row: 4, by: 'filter' }),
    `filtered-row.xlsx › 填报 row 4: the row is hidden (by hand or by a filter) — ${UNHIDE}`,
  ],
  [
    'zero-row.xlsx',
    () => fillHiding(template, [PUBLIC_ROW, HIDDEN_ROW], { row: 4, by: 'zero' }),
    `zero-row.xlsx › 填报 row 4: the row is zero height, so it cannot be seen — ${UNHIDE}`,
  ],
  [
    'hidden-column.xlsx',
    () => fillHiding(template, [HIDDEN_ROW], { column: 3 }),
    `hidden-column.xlsx › 填报 › C 数值 Value: the column is hidden — ${UNHIDE}`,
  ],
  [
    'zero-column.xlsx',
    () => fillHiding(template, [HIDDEN_ROW], { column: 3, by: 'zero' }),
    `zero-column.xlsx › 填报 › C 数值 Value: the column is zero width, so it cannot be seen — ${UNHIDE}`,
  ],
];

describe('npm run data:import on hidden content', () => {
  it.each(cases)(
    'refuses %s, naming what is hidden, and leaves data/ unchanged',
    async (name, make, line) => {
      const before = snapshotDir(dataDir);
      const { code, stdout, stderr } = importFile(name, await make());
      expect(stderr.split('\n').filter((l) => l.startsWith(name))).toEqual([line]);
      expect(stderr).toContain('pass --allow-hidden once each part named above has been checked');
      expect(stderr).toContain(`nothing was written to ${dataDir}/`);
      expect(stdout).toBe('');
      expect(code).toBe(1);
      expect(snapshotDir(dataDir)).toEqual(before);
    },
    120_000,
  );

  it('leaves hidden rows and columns alone when they hold nothing', async () => {
    const bytes = await fillHiding(template, [GOOD_ROW], { row: 7 });
    const blankColumn = await fillHiding(template, [GOOD_ROW], { column: 14 });
    for (const [name, file] of [
      ['blank-row.xlsx', bytes],
      ['blank-column.xlsx', blankColumn],
    ] as const) {
      const { code, stderr } = importFile(name, file, ['--dry-run']);
      expect(stderr).toBe('');
      expect(code).toBe(0);
    }
  }, 120_000);

  it('with --allow-hidden, imports the hidden sheet’s figure and names the sheet it came from', async () => {
    const [name, make, line] = cases[0]!;
    const before = snapshotDir(dataDir);
    const { code, stdout, stderr } = importFile(name, await make(), ['--allow-hidden']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`${line} [imported: --allow-hidden]`);
    expect(stdout).toContain('+ worker-homes 2025-12-31: 9999 (observation)');
    expect(snapshotDir(dataDir)).not.toEqual(before);
  }, 120_000);
});
