// exceljs 4.4 fails on cell comments it did not write itself (openpyxl's, exceljs issue #2797).
// The checks never read comments, so a sheet's links to its comments and their VML drawing are
// dropped before exceljs loads the workbook; the cells themselves are untouched.

const RELATIONSHIP = /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*?>[\s\S]*?<\/Relationship>/g;
const COMMENT_TYPE = /Type="[^"]*\/(comments|vmlDrawing)"/;

/** Is this zip part a worksheet's relationships file? */
export const isSheetRelationships = (name: string): boolean =>
  /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(name);

/** The relationships XML without its comment and VML drawing links (the same text when none). */
export function withoutCommentLinks(xml: string): string {
  return xml.replace(RELATIONSHIP, (rel) => (COMMENT_TYPE.test(rel) ? '' : rel));
}
