// Gets a zip ready for exceljs: names what it is when it is not an XLSX workbook (a Word
// document, an .ods), and drops the comment links exceljs 4.4 cannot load (see comment-parts).
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { isSheetRelationships, withoutCommentLinks } from '../../domain/reporting/comment-parts';
import type { Localized } from '../../domain/dataset/schema';
import { zipKindOf } from '../../domain/reporting/file-signature';

export type Loadable = { ok: true; buffer: ArrayBuffer } | { ok: false; found: Localized };

/** Throws when the zip itself is damaged (the caller says so). */
export function loadableXlsx(bytes: Uint8Array): Loadable {
  const files = unzipSync(bytes);
  const names = Object.keys(files);
  const mimetype = files.mimetype ? strFromU8(files.mimetype) : undefined;
  const kind = zipKindOf(names, mimetype);
  if (kind.kind === 'other') return { ok: false, found: kind.what };
  let changed = false;
  for (const name of names.filter(isSheetRelationships)) {
    const xml = strFromU8(files[name]!);
    const kept = withoutCommentLinks(xml);
    if (kept !== xml) {
      files[name] = strToU8(kept);
      changed = true;
    }
  }
  const out = changed ? zipSync(files, { level: 1 }) : bytes;
  return {
    ok: true,
    buffer: out.buffer.slice(out.byteOffset, out.byteOffset + out.length) as ArrayBuffer,
  };
}
