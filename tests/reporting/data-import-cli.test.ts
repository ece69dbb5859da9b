// @vitest-environment node
// Runs `npm run data:import` (the real script) on a temp copy of data/ over bad workbooks —
// each must print exactly its per-cell lines, exit 1 and leave data/ byte for byte unchanged —
// and over a good one, whose import is stable when run twice.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, TEMPLATE_VERSION, VERSION_LABEL } from '../../src/domain/reporting/template-spec';
import { csv, fill, GOOD_ROW, PUBLIC_ROW, templateFor, utc, type RowValues } from './workbooks';

const REPO = path.resolve(import.meta.dirname, '../..');
const TODAY = new Date().toISOString().slice(0, 10);
let work: string;
let dataDir: string;
let template: Uint8Array;

function snapshotDir(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const p = path.join(e.parentPath, e.name);
        return [path.relative(dir, p), readFileSync(p, 'utf8')];
      }),
  );
}

function importFile(name: string, bytes: Uint8Array | null, extra: string[] = []) {
  const file = path.join(work, name);
  if (bytes) writeFileSync(file, bytes);
  const run = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/data-import.ts', file, '--data-dir', dataDir, '--today', TODAY, ...extra],
    { cwd: REPO, encoding: 'utf8', timeout: 90_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'data-import-'));
  dataDir = path.join(work, 'data');
  cpSync(path.join(REPO, 'data'), dataDir, { recursive: true });
  template = await templateFor(dataDir);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const E = '› 填报 row';
const bad: [string, () => Promise<Uint8Array> | Uint8Array, string[]][] = [
  [
    'notes.pdf',
    () => new TextEncoder().encode('%PDF-1.4\n\u0000\u0001binary'),
    [
      'notes.pdf: "notes.pdf" is a PDF document, not an XLSX, CSV or TXT file — upload the filled template (.xlsx), or its entry sheet saved as CSV or Unicode text (.txt)',
    ],
  ],
  [
    'locked.xlsx',
    () => cfb('EncryptionInfo', 'EncryptedPackage'),
    [
      'locked.xlsx: the workbook is password-protected (encrypted) and cannot be read — remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, clear it), save, and upload again',
    ],
  ],
  [
    'old.xls',
    () => cfb('Workbook', 'SummaryInformation'),
    [
      'old.xls: this is an old Excel 97-2003 workbook (.xls), which cannot be read — in Excel, "Save As" an Excel Workbook (.xlsx) and upload that',
    ],
  ],
  [
    'broken.xlsx',
    async () => (await fill(template, [GOOD_ROW])).subarray(0, 4000),
    [
      'broken.xlsx: the workbook is damaged and cannot be opened — open it in Excel and save it again as .xlsx, or fill in a fresh template',
    ],
  ],
  [
    'huge.xlsx',
    () => new Uint8Array(10 * 1024 * 1024 + 1),
    [
      'huge.xlsx: the file is 10.0 MB, over the 10 MB limit; it was not read — at most 10,000 rows per file: split it and remove pictures or other extras',
    ],
  ],
  [
    'v0.xlsx',
    () => fill(template, [GOOD_ROW], (ws) => (ws.getCell('B1').value = 'pt-report-v0')),
    [
      `v0.xlsx › 填报 row 1 › B: template version "pt-report-v0"; this dashboard reads "${TEMPLATE_VERSION}" — download the template again and copy your rows into it`,
    ],
  ],
  [
    'renamed.xlsx',
    () => fill(template, [GOOD_ROW], (ws) => (ws.name = 'Sheet1')),
    [
      'renamed.xlsx: no sheet named "填报" (the workbook has "填报说明", "指标参考", "Sheet1") — do not rename the sheets: fill in the downloaded template',
    ],
  ],
  [
    'moved.xlsx',
    () =>
      fill(template, [GOOD_ROW], (ws) => {
        ws.getCell('C2').value = HEADERS[3]!;
        ws.getCell('D2').value = HEADERS[2]!;
      }),
    [
      'moved.xlsx › 填报 row 2 › C: column C holds "来源类型 Source kind", which belongs in column D: columns were moved — do not move, rename or delete columns: fill in a freshly downloaded template',
      'moved.xlsx › 填报 row 2 › D: column D holds "数值 Value", which belongs in column C: columns were moved — do not move, rename or delete columns: fill in a freshly downloaded template',
    ],
  ],
  [
    'unknown.xlsx',
    () => fill(template, [{ ...GOOD_ROW, indicator: 'worker-houses' }]),
    [
      `unknown.xlsx ${E} 3 › A 指标编号 Indicator id: unknown indicator id "worker-houses" — pick it from the list or look the id up on the reference sheet`,
    ],
  ],
  [
    'about.xlsx',
    () => fill(template, [{ ...GOOD_ROW, value: '约3000' }]),
    [
      `about.xlsx ${E} 3 › C 数值 Value: "约3000" is approximate, not a number — enter the number the source states (e.g. 3000) and put the qualifier in the note`,
    ],
  ],
  [
    'ambiguous.xlsx',
    () => fill(template, [{ ...GOOD_ROW, asOf: '03/04/2025' }]),
    [
      `ambiguous.xlsx ${E} 3 › B 截至日期 As of: "03/04/2025" is an ambiguous date (day, month and year order unclear) — use a date cell or write YYYY-MM-DD (e.g. 2026-06-30)`,
    ],
  ],
  [
    'formula.xlsx',
    () => fill(template, [{ ...GOOD_ROW, value: { formula: '18000+500', result: 18500 } }]),
    [
      `formula.xlsx ${E} 3 › C 数值 Value: holds a formula: a computed value is derived, not reported — type the value the source states, not a formula`,
    ],
  ],
  [
    'merged.xlsx',
    () => fill(template, [GOOD_ROW], (ws) => ws.mergeCells('E3:F3')),
    [
      `merged.xlsx ${E} 3 › E 文件标题（中文） Document title (Chinese): merged cell — unmerge the cells: one value per cell, every row filled in full`,
      `merged.xlsx ${E} 3 › F 文件标题（英文） Document title (English): merged cell — unmerge the cells: one value per cell, every row filled in full`,
    ],
  ],
  [
    'twice.xlsx',
    () => fill(template, [GOOD_ROW, GOOD_ROW]),
    [
      `twice.xlsx ${E} 4 › A 指标编号 Indicator id: duplicates row 3 (same indicator and as-of date) — delete the duplicate: one figure per indicator and day`,
    ],
  ],
  [
    'future.xlsx',
    () =>
      fill(template, [
        {
          ...GOOD_ROW,
          indicator: 'inclusive-childcare-share-2026',
          asOf: '2099-01-01',
          value: 70,
          quote: '普惠托位占比达到70%',
        },
      ]),
    [
      `future.xlsx ${E} 3 › B 截至日期 As of: 2099-01-01 is in the future (today is ${TODAY}) — report only figures that have happened`,
    ],
  ],
  [
    'period.xlsx',
    () => fill(template, [{ ...GOOD_ROW, asOf: utc('2020-06-30') }]),
    [
      `period.xlsx ${E} 3 › B 截至日期 As of: 2020-06-30 is outside the period: this indicator runs from 2021-01-01 to 2025-12-31 — check the date or pick the matching indicator`,
    ],
  ],
  [
    'nosource.xlsx',
    () => fill(template, [{ indicator: 'worker-homes', asOf: utc('2025-12-31'), value: 18500 }]),
    [
      `nosource.xlsx ${E} 3 › D 来源类型 Source kind: the value has no source — fill in the source kind, title, publisher, date, URL (public sources) and the exact quote: no source, no number`,
    ],
  ],
  [
    'noquote.xlsx',
    () => fill(template, [{ ...PUBLIC_ROW, quote: undefined }]),
    [
      `noquote.xlsx ${E} 3 › M 原文引文 Exact quote: a public source needs its exact quote — copy the sentence that states the number, exactly: no quote, no number`,
    ],
  ],
  [
    'wrongquote.xlsx',
    () => fill(template, [{ ...GOOD_ROW, quote: '全市共建成职工之家1.8万个' }]),
    [
      `wrongquote.xlsx ${E} 3 › M 原文引文 Exact quote: the quote "全市共建成职工之家1.8万个" does not state 18500 — the quote must contain the number (18500, 1.85万, 90%): check the value or copy the right sentence`,
    ],
  ],
  [
    'repost.xlsx',
    () => fill(template, [{ ...PUBLIC_ROW, sourceKind: '转载 repost' }]),
    [
      `repost.xlsx ${E} 3 › I 原载媒体（中文，仅转载） Original outlet (Chinese, reposts only): no original outlet in Chinese — enter the original outlet in Chinese (English is optional)`,
    ],
  ],
  [
    'conflict.xlsx',
    () =>
      fill(template, [
        {
          ...PUBLIC_ROW,
          indicator: 'surveyed-unemployment-rate',
          asOf: '2024-12-31',
          value: 4.3,
          quote: '城镇调查失业率为4.3%',
          noteZh: undefined,
          noteEn: undefined,
        },
      ]),
    [
      `conflict.xlsx ${E} 3 › C 数值 Value: data/ already has 4.1 for 2024-12-31 (source tjj-2025-01-21-press-conference) — a published figure is corrected by a maintainer in data/, not overwritten by a report: check the date and value`,
    ],
  ],
  [
    'headers.csv',
    () =>
      csv([
        [VERSION_LABEL, TEMPLATE_VERSION],
        [...HEADERS.slice(0, 3), HEADERS[2]!, ...HEADERS.slice(4)],
      ]),
    [
      'headers.csv › 填报 row 2 › D: duplicate column header "数值 Value" (also column C) — each column appears once: delete the duplicate',
    ],
  ],
  [
    'threeerrors.csv',
    () =>
      csv([
        [VERSION_LABEL, TEMPLATE_VERSION],
        [...HEADERS],
        [
          'worker-homes',
          '2025-12-31',
          '3000余',
          '官方网站 official',
          '标题',
          'Title',
          '单位',
          'Unit',
          '',
          '',
          '2026-01-05',
          '',
          '全市职工之家3000余个',
          '',
          '',
        ],
      ]),
    [
      `threeerrors.csv ${E} 3 › C 数值 Value: "3000余" is approximate, not a number — enter the number the source states (e.g. 3000) and put the qualifier in the note`,
      `threeerrors.csv ${E} 3 › L 网址 URL: a public source needs its URL — enter the page’s http(s):// address`,
    ],
  ],
];

function cfb(...streams: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let at = 1024;
  for (const name of ['Root Entry', ...streams]) {
    [...name].forEach((ch, i) => (bytes[at + i * 2] = ch.charCodeAt(0)));
    at += 128;
  }
  return bytes;
}

describe('npm run data:import', () => {
  it(`refuses ${bad.length} bad files, one line per bad cell, and leaves data/ unchanged`, async () => {
    const before = snapshotDir(dataDir);
    for (const [name, make, lines] of bad) {
      const { code, stdout, stderr } = importFile(name, await make());
      expect({ name, stderr: stderr.split('\n').filter((l) => l.includes(name)) }).toEqual({
        name,
        stderr: lines,
      });
      expect(stderr).toContain(`nothing was written to ${dataDir}/`);
      expect(stdout).toBe('');
      expect(code, name).toBe(1);
      expect(snapshotDir(dataDir)).toEqual(before);
    }
  }, 600_000);

  it('imports a good workbook, says what changed, and a second run changes nothing', async () => {
    const good = await fill(template, [GOOD_ROW, PUBLIC_ROW]);
    const before = snapshotDir(dataDir);
    const dry = importFile('good.xlsx', good, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('(dry run) 2 rows would change 2 files; nothing was written');
    expect(snapshotDir(dataDir)).toEqual(before);

    const first = importFile('good.xlsx', good);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      'good.xlsx › 填报 row 4 › C 数值 Value: "2.8万" was read as 28000',
    );
    expect(first.stdout).toContain('+ worker-homes 2025-12-31: 18500 (observation)');
    expect(first.stdout).toContain('+ warm-heart-stations 2025-12-31: 28000 (observation)');
    const after = snapshotDir(dataDir);
    const changed = [...after].filter(([p, text]) => before.get(p) !== text).map(([p]) => p);
    expect(changed.sort()).toEqual([
      'plans/beijing-14th-fyp-worker-development.json',
      'sources.json',
    ]);

    const second = importFile('good.xlsx', null);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('✓ nothing to change: all 2 rows are already in');
    expect(snapshotDir(dataDir)).toEqual(after);

    const check = spawnSync('node_modules/.bin/tsx', ['scripts/data-check.ts', dataDir], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
    const publicCheck = spawnSync(
      'node_modules/.bin/tsx',
      ['scripts/data-check.ts', dataDir, '--public'],
      {
        cwd: REPO,
        encoding: 'utf8',
      },
    );
    expect(publicCheck.status).toBe(1);
    expect(publicCheck.stderr).toContain(
      'is an internal report (内部报送) by Test District Federation of Trade Unions',
    );
  }, 300_000);
});

export type { RowValues };
