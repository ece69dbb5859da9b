// A small XLSX writer: the sheets, shared strings, styles and document properties of an Office
// Open XML workbook, zipped (zip-files). It writes only what the exports use (text, numbers,
// dates, links; column widths and styles; a frozen header row; an autofilter), and it is far
// quicker than building the same workbook cell by cell in a general library.
import { XlsxStyles, type XlsxStyle } from './xlsx-styles';
import { zipFiles } from './zip-files';

export type XlsxCell = string | number | Date | null | { text: string; hyperlink: string };

export type XlsxColumn = { width: number; style?: XlsxStyle };

export type XlsxSheet = {
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  columns: readonly XlsxColumn[];
  /** The look of one cell (0-based row and column), laid over its column's style. */
  cellStyle?: (row: number, column: number) => XlsxStyle | undefined;
  /** Freeze the first row and put an autofilter over the whole table. */
  table?: boolean;
};

export type XlsxBook = { creator: string; created: Date; sheets: readonly XlsxSheet[] };

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ONE_DAY_MS = 86_400_000;
/** Days from Excel's day 0 (1899-12-30 in the 1900 date system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** XML text: the five special characters escaped, characters XML cannot carry dropped. */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot carry these characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A date as an Excel serial day number (1900 date system). */
export function excelSerial(date: Date): number {
  return date.getTime() / ONE_DAY_MS + UNIX_EPOCH_SERIAL;
}

class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly items: string[] = [];
  count = 0;
  id(text: string): number {
    this.count += 1;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.items.length;
      this.ids.set(text, id);
      this.items.push(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
    }
    return id;
  }
  xml(): string {
    return `${HEAD}<sst xmlns="${MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join('')}</sst>`;
  }
}

function mergeStyles(a: XlsxStyle | undefined, b: XlsxStyle | undefined): XlsxStyle | undefined {
  return a && b ? { ...a, ...b } : (a ?? b);
}

type SheetParts = { xml: string; rels: string | null };

function sheetXml(sheet: XlsxSheet, strings: SharedStrings, styles: XlsxStyles): SheetParts {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((row) => row.length), 1);
  const letters = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const columnStyles = sheet.columns.map((column) => column.style);
  // Style ids by column and the cell's style object: most cells share a handful of objects.
  const known = letters.map(() => new Map<XlsxStyle | undefined, number>());
  const styleId = (r: number, c: number) => {
    const own = sheet.cellStyle?.(r, c);
    const cache = known[c]!;
    let id = cache.get(own);
    if (id === undefined) cache.set(own, (id = styles.id(mergeStyles(columnStyles[c], own))));
    return id;
  };
  const links: string[] = [];
  const rows: string[] = [];
  sheet.rows.forEach((cells, r) => {
    const parts: string[] = [`<row r="${r + 1}">`];
    cells.forEach((cell, c) => {
      const s = styleId(r, c);
      const ref = `${letters[c]}${r + 1}`;
      const styled = s ? ` s="${s}"` : '';
      if (cell === null || (typeof cell === 'number' && !Number.isFinite(cell))) {
        if (s) parts.push(`<c r="${ref}"${styled}/>`);
      } else if (typeof cell === 'number') {
        parts.push(`<c r="${ref}"${styled}><v>${cell}</v></c>`);
      } else if (cell instanceof Date) {
        parts.push(`<c r="${ref}"${styled}><v>${excelSerial(cell)}</v></c>`);
      } else {
        const text = typeof cell === 'string' ? cell : cell.text;
        if (typeof cell !== 'string') links.push(`${ref}\u0000${cell.hyperlink}`);
        parts.push(`<c r="${ref}"${styled} t="s"><v>${strings.id(text)}</v></c>`);
      }
    });
    parts.push('</row>');
    rows.push(parts.join(''));
  });
  const lastRow = Math.max(1, sheet.rows.length);
  const headerWidth = Math.max(1, sheet.rows[0]?.length ?? 1);
  const view = sheet.table
    ? '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : '<sheetView workbookViewId="0"/>';
  const cols = sheet.columns.length
    ? `<cols>${sheet.columns
        .map((column, i) => {
          const s = styles.id(column.style);
          return `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"${s ? ` style="${s}"` : ''}/>`;
        })
        .join('')}</cols>`
    : '';
  const filter = sheet.table ? `<autoFilter ref="A1:${letters[headerWidth - 1]}${lastRow}"/>` : '';
  const hyperlinks = links.length
    ? `<hyperlinks>${links
        .map((link, i) => `<hyperlink ref="${link.split('\u0000')[0]}" r:id="rId${i + 1}"/>`)
        .join('')}</hyperlinks>`
    : '';
  const xml =
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${letters[width - 1]}${lastRow}"/>` +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}` +
    `<sheetData>${rows.join('')}</sheetData>${filter}${hyperlinks}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>';
  const rels = links.length
    ? `${HEAD}<Relationships xmlns="${PKG_REL}">${links
        .map(
          (link, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/hyperlink" Target="${xmlText(link.split('\u0000')[1] ?? '')}" TargetMode="External"/>`,
        )
        .join('')}</Relationships>`
    : null;
  return { xml, rels };
}

function coreXml(book: XlsxBook): string {
  const when = book.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlText(book.creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** The workbook as the bytes of an .xlsx file. */
export function xlsxBytes(book: XlsxBook): Promise<Uint8Array> {
  const strings = new SharedStrings();
  const styles = new XlsxStyles();
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = {};
  const sheets = book.sheets.map((sheet) => sheetXml(sheet, strings, styles));
  const n = sheets.length;
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  files['[Content_Types].xml'] = encode(
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      sheetTypes +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
  );
  files['_rels/.rels'] = encode(
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  files['docProps/core.xml'] = encode(coreXml(book));
  files['xl/workbook.xml'] = encode(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${book.sheets
      .map(
        (sheet, i) =>
          `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = encode(
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('')}` +
      `<Relationship Id="rId${n + 1}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  sheets.forEach(({ xml, rels }, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = encode(xml);
    if (rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = encode(rels);
  });
  files['xl/sharedStrings.xml'] = encode(strings.xml());
  files['xl/styles.xml'] = encode(styles.xml());
  return zipFiles(files);
}
