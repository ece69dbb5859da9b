// The running header and footer of the printed briefing: CSS @page margin boxes, which
// Chromium fills on every sheet, with counter(page) / counter(pages) for "第 2 页 / 共 6 页".
// The texts depend on the language and the as-of date, so the rule is written here.
import { useTranslation } from 'react-i18next';

/** A CSS string literal; only our own words and dates go in (never the search text). */
const cssString = (text: string) =>
  `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r<>]/g, ' ')}"`;

const PAGE = '[[page]]';
const PAGES = '[[pages]]';

/** "第 [[page]] 页 / 共 [[pages]] 页" → `"第 " counter(page) " 页 / 共 " counter(pages) " 页"`. */
export function pageNumberContent(template: string): string {
  return template
    .split(/(\[\[pages?\]\])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

export function ReportPrintStyle({ head, source }: { head: string; source: string }) {
  const { t } = useTranslation();
  const pages = pageNumberContent(t('report.pageOf', { page: PAGE, pages: PAGES }));
  const box = 'font-size: 8pt; color: #555d66; font-family: inherit;';
  const css = `@media print {
  @page {
    size: A4 portrait;
    margin: 16mm 12mm 16mm;
    @top-left { content: ${cssString(head)}; ${box} vertical-align: bottom; padding-bottom: 3mm; }
    @bottom-left { content: ${cssString(source)}; ${box} vertical-align: top; padding-top: 3mm; }
    @bottom-right { content: ${pages}; ${box} vertical-align: top; padding-top: 3mm; white-space: nowrap; }
  }
}`;
  return <style>{css}</style>;
}
