// The Word briefing read back from its bytes: 需关注 and the summary table before the first page
// break, real Heading styles (not bold paragraphs), 黑体/仿宋 declared with their fallbacks, a
// table style, and a PAGE field in the footer. On the published data as of 2026-12-07.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { briefingDocx } from '../../src/features/export/docx-export';
import type { ExportContext } from '../../src/features/export/export-context';
import { createI18n } from '../../src/lib/i18n/index';
import { catalogQueries, indicatorQueries } from '../../src/lib/queries';
import { DEFAULT_VIEW } from '../../src/lib/view-state';
import { requireWriter, skipWithoutWriter } from '../utils/libreoffice';
import { realApiData } from '../utils/real-api';

let files: Record<string, string>;
let bytes: Uint8Array;

function context(): ExportContext {
  const queryClient = new QueryClient();
  const data = realApiData();
  queryClient.setQueryData(catalogQueries.detail().queryKey, data.catalog);
  queryClient.setQueryData(indicatorQueries.list().queryKey, data.indicators);
  const i18n = createI18n();
  return {
    queryClient,
    path: '/',
    view: { ...DEFAULT_VIEW, asOf: '2026-12-07' },
    stamp: {
      title: '规划指标看板 · 指标总览',
      asOf: '2026-12-07',
      exportedAt: new Date('2026-12-07T02:00:00Z'),
      simulated: false,
      datasetHash: data.catalog.datasetHash,
      note: null,
    },
    t: i18n.t,
    lang: 'zh',
  };
}

/** The text of the paragraphs in a stretch of WordprocessingML. */
const text = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

beforeAll(async () => {
  bytes = await briefingDocx(context());
  const zip = unzipSync(bytes);
  files = Object.fromEntries(Object.entries(zip).map(([name, data]) => [name, strFromU8(data)]));
}, 60_000);

describe('Word briefing (DOCX)', () => {
  it('has 需关注 and the summary table on page 1, before the first page break', () => {
    const doc = files['word/document.xml']!;
    const pageOne = doc.slice(0, doc.indexOf('<w:br w:type="page"/>'));
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(text(pageOne)).toContain('需关注');
    expect(text(pageOne)).toContain('到期未见结果');
    expect(pageOne).toMatch(/<w:tbl>[\s\S]*<w:tblStyle w:val="BriefingTable"\/>/);
    expect(text(pageOne)).toMatch(/评定的目标.*该目标的结果/);
    // The per-plan tables and the sources come after it.
    const rest = text(doc.slice(pageOne.length));
    expect(rest).toContain('各规划指标');
    expect(rest).toContain('年度目标系列');
    expect(rest.lastIndexOf('资料来源')).toBeGreaterThan(rest.indexOf('各规划指标'));
  });

  it('uses Heading styles, not bold paragraphs, and a repeating table header row', () => {
    const doc = files['word/document.xml']!;
    expect(doc).toContain('<w:pStyle w:val="Title"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    const headings = [
      ...doc.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?Heading\d(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g),
    ];
    for (const [p] of headings) expect(p).not.toContain('<w:b/>');
    expect(doc).toContain('<w:tblHeader/>');
  });

  it('declares 黑体 headings and 仿宋 body with their fallbacks, and a table style', () => {
    const styles = files['word/styles.xml']!;
    const style = (id: string) =>
      styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0] ?? '';
    expect(style('Heading1')).toMatch(/w:eastAsia="黑体"/);
    expect(style('Heading1')).toMatch(/w:ascii="SimHei"/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<\/w:docDefaults>/);
    expect(styles).toMatch(/w:ascii="FangSong"/);
    expect(style('BriefingTable')).toMatch(/w:type="table"/);
  });

  it('puts a page-number field in the footer', () => {
    const footers = Object.entries(files).filter(([name]) => /^word\/footer\d*\.xml$/.test(name));
    expect(footers.length).toBeGreaterThan(0);
    const xml = footers.map(([, x]) => x).join('');
    expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/);
  });

  // Needs LibreOffice Writer (.ci/run installs libreoffice-writer-nogui); skipped where it is
  // missing, except in CI, where it fails.
  it.skipIf(skipWithoutWriter)(
    'LibreOffice renders it to PDF with Chinese text',
    () => {
      requireWriter();
      const dir = process.env.DOCX_OUT ?? mkdtempSync(join(tmpdir(), 'docx-'));
      const file = join(dir, 'briefing.docx');
      writeFileSync(file, bytes);
      execFileSync(
        'soffice',
        [
          '-env:UserInstallation=file:///tmp/lo-docx-test',
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        {
          timeout: 120_000,
        },
      );
      const pdfText = execFileSync('pdftotext', [
        '-layout',
        join(dir, 'briefing.pdf'),
        '-',
      ]).toString();
      expect(pdfText).toContain('需关注');
      expect(pdfText).toContain('资料来源');
    },
    150_000,
  );
});
