// Issue 24: a real snapshot edited and resealed (its SHA-256 recomputed, as anyone can) is never
// given the green tick, whatever it shows differently; each difference is named by indicator or
// source and field, old → new. The unedited file still gets the tick.
import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { snapshotDigest } from '../../src/domain/exports/snapshot';
import { exportFromMenu, OUT } from './export-helpers';

test.beforeAll(() => mkdir(OUT, { recursive: true }));

type Localized = { zh: string; en: string };
type Indicator = {
  id: string;
  name: Localized;
  unit: string;
  measure?: Localized;
  target: { citation: { quote: string } };
};
type SnapshotJson = {
  sha256: string;
  data: { catalog: { sources: { id: string; url?: string }[] }; indicators: Indicator[] };
};

const check = (page: Page) => page.getByRole('region', { name: '与发布数据核对' });
const fieldsTable = (page: Page) =>
  check(page).getByRole('table', { name: /与发布数据不同的内容/ });

async function open(page: Page, name: string, json: SnapshotJson) {
  await page.getByLabel('选择快照文件（.json）').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
}

/** The file edited by `edit`, then sealed again with a fresh checksum. */
async function forge(original: SnapshotJson, edit: (json: SnapshotJson) => void) {
  const json = structuredClone(original);
  edit(json);
  json.sha256 = await snapshotDigest(json);
  return json;
}

const indicator = (json: SnapshotJson, id: string) =>
  json.data.indicators.find((i) => i.id === id)!;

test('forged real snapshots with recomputed checksums are not ticked; each field is named', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-24T04:00:00Z'));
  await page.goto('/');
  await expect(page.getByRole('button', { name: '导出', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: /状态汇总/ })).toBeVisible();
  const file = await exportFromMenu(page, '快照文件（JSON）');
  const real = JSON.parse(file.bytes.toString('utf8')) as SnapshotJson;
  await page.goto('/snapshot');

  await open(page, 'real.json', real);
  await expect(check(page).getByRole('status')).toHaveText('与发布数据一致');
  await expect(check(page)).toContainText(/快照显示的全部 \d+ 项内容/);

  const url = real.data.catalog.sources.find((s) => s.url)!.url!;
  const quote = indicator(real, 'worker-innovation-studios').target.citation.quote;
  expect(quote).toContain('8000');
  const cases: [string, (json: SnapshotJson) => void, string[]][] = [
    [
      'measure',
      (j) => {
        indicator(j, 'worker-innovation-studios').measure = {
          zh: '万家',
          en: 'ten-thousand studios',
        };
      },
      ['职工创新工作室数量计量单位 · 中文万家家'],
    ],
    [
      'unit',
      (j) => {
        const rate = indicator(j, 'union-coverage-rate');
        rate.unit = 'count';
        rate.measure = { zh: '家', en: 'firms' };
      },
      ['全市工会组织职工覆盖率单位countpercent'],
    ],
    [
      'names',
      (j) => {
        const studios = indicator(j, 'worker-innovation-studios');
        const homes = indicator(j, 'worker-homes');
        [studios.name, homes.name] = [homes.name, studios.name];
      },
      ['职工创新工作室数量名称 · 中文职工之家数量职工创新工作室数量'],
    ],
    [
      'url',
      (j) => {
        j.data.catalog.sources.find((s) => s.url)!.url =
          'https://beijing-gov.example/login?next=verify';
      },
      [`链接https://beijing-gov.example/login?next=verify${url}`],
    ],
    [
      'quote',
      (j) => {
        indicator(j, 'worker-innovation-studios').target.citation.quote = quote.replace(
          '8000',
          '9000',
        );
      },
      [`目标 · 引用 · 引文${quote.replace('8000', '9000')}${quote}`],
    ],
  ];
  for (const [name, edit, rows] of cases) {
    await open(page, `${name}.json`, await forge(real, edit));
    await expect(check(page).getByRole('status')).toHaveText(/^与发布数据不一致：\d+ 处$/);
    for (const row of rows) await expect(fieldsTable(page)).toContainText(row);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await check(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/snapshot-forged-quote-390.png` });
});
