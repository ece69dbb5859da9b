// Rows saved with height 0 (`<row ht="0">`): exceljs drops a zero height when it loads a sheet,
// so they are read from the sheet's XML here, by sheet name. Only the workbook's index, its
// relationships and the worksheets are inflated (fflate, loaded on demand).

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Sheet name → the Excel row numbers (1-based) saved with zero height. */
export async function zeroHeightRows(bytes: Uint8Array): Promise<Map<string, number[]>> {
  const { strFromU8, unzipSync } = await import('fflate');
  const files = unzipSync(bytes, {
    filter: (f) =>
      f.name === 'xl/workbook.xml' ||
      f.name === 'xl/_rels/workbook.xml.rels' ||
      /^xl\/worksheets\/[^/]+\.xml$/.test(f.name),
  });
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const targets = new Map(
    [...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attr(m[0], 'Id'),
      attr(m[0], 'Target')?.replace(/^\/?(xl\/)?/, 'xl/'),
    ]),
  );
  const found = new Map<string, number[]>();
  for (const [tag] of text('xl/workbook.xml').matchAll(/<sheet\b[^>]*>/g)) {
    const file = targets.get(attr(tag, 'r:id'));
    const name = attr(tag, 'name');
    if (!file || name === undefined) continue;
    const rows = [...text(file).matchAll(/<row\b[^>]*>/g)]
      .filter(([row]) => Number(attr(row, 'ht')) === 0 && attr(row, 'ht') !== undefined)
      .map(([row]) => Number(attr(row, 'r')));
    if (rows.length > 0) found.set(unescapeXml(name), rows);
  }
  return found;
}
