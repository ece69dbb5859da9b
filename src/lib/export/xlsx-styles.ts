// The styles part of an XLSX package: each distinct cell look (bold, underline, text colour,
// a solid fill, a number format, wrapping) becomes one cell format, numbered as it first appears.

export type XlsxStyle = {
  bold?: boolean;
  underline?: boolean;
  /** ARGB, e.g. "FF0B5CAD". */
  color?: string;
  /** ARGB of a solid fill. */
  fill?: string;
  /** A custom number format, e.g. "yyyy-mm-dd". */
  numFmt?: string;
  /** Wrap the text and align it to the top. */
  wrap?: boolean;
};

const xmlAttr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Hands out cell format ids (0 is the plain default) and writes them as xl/styles.xml. */
export class XlsxStyles {
  private readonly fonts = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly numFmts: string[] = [];
  private readonly formats = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly ids = new Map<string, number>();

  /** The id of a cell format with this look; the same look always gets the same id. */
  id(style: XlsxStyle | undefined): number {
    if (!style) return 0;
    const key = `${style.bold ? 1 : 0}${style.underline ? 1 : 0}|${style.color ?? ''}|${style.fill ?? ''}|${style.numFmt ?? ''}|${style.wrap ? 1 : 0}`;
    if (key === '00||||0') return 0;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.formats.length;
    this.formats.push(this.format(style));
    this.ids.set(key, id);
    return id;
  }

  private format(style: XlsxStyle): string {
    const fontId =
      style.bold || style.underline || style.color
        ? index(
            this.fonts,
            `<font>${style.bold ? '<b/>' : ''}${style.underline ? '<u/>' : ''}<sz val="11"/>${
              style.color ? `<color rgb="${xmlAttr(style.color)}"/>` : ''
            }<name val="Calibri"/><family val="2"/></font>`,
          )
        : 0;
    const fillId = style.fill
      ? index(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${xmlAttr(style.fill)}"/><bgColor indexed="64"/></patternFill></fill>`,
        )
      : 0;
    const numFmtId = style.numFmt ? 164 + index(this.numFmts, style.numFmt) : 0;
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : '',
      fontId ? ' applyFont="1"' : '',
      fillId ? ' applyFill="1"' : '',
      style.wrap ? ' applyAlignment="1"' : '',
    ].join('');
    const body = style.wrap ? '<alignment vertical="top" wrapText="1"/>' : '';
    return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applied}${body ? `>${body}</xf>` : '/>'}`;
  }

  xml(): string {
    const numFmts = this.numFmts.length
      ? `<numFmts count="${this.numFmts.length}">${this.numFmts
          .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlAttr(code)}"/>`)
          .join('')}</numFmts>`
      : '';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      numFmts +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.formats.length}">${this.formats.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

function index(list: string[], item: string): number {
  const at = list.indexOf(item);
  if (at >= 0) return at;
  list.push(item);
  return list.length - 1;
}
