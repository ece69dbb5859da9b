// The deck's theme fonts. OOXML has no per-run font list, so the fallback is declared the way
// Office substitutes fonts: the theme's East Asian face is 微软雅黑 with its PANOSE class and
// GB2312 charset, and Simplified Chinese (script "Hans") names it too, so PowerPoint, WPS and
// Keynote pick a like CJK sans (PingFang SC on a Mac) where 微软雅黑 is missing.
import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';

/** PANOSE of Microsoft YaHei: a sans-serif (swiss) face. */
const YAHEI_PANOSE = '020B0503020204020204';
/** GB2312 in the charset attribute's signed byte. */
const GB2312 = '-122';

/** theme XML with `font` as its East Asian and Simplified Chinese face. */
export function themeWithFont(xml: string, font: string): string {
  const ea = `<a:ea typeface="${font}" panose="${YAHEI_PANOSE}" pitchFamily="34" charset="${GB2312}"/>`;
  return xml
    .replace(/<a:ea typeface="[^"]*"\/>/g, ea)
    .replace(
      /<a:font script="Hans" typeface="[^"]*"\/>/g,
      `<a:font script="Hans" typeface="${font}"/>`,
    );
}

/**
 * Chart XML whose text declares the face for Chinese too (pptxgenjs names only the Latin one),
 * and whose missing values are left out rather than written as empty numbers.
 */
export function chartWithFont(xml: string, font: string): string {
  return xml
    .replace(
      /<a:latin typeface="([^"]*)"\/>/g,
      `<a:latin typeface="$1"/><a:ea typeface="${font}"/>`,
    )
    .replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
}

/** The PPTX with every theme and chart declaring the deck's font (see themeWithFont). */
export function declareFontFallback(pptx: Uint8Array, font: string): Uint8Array {
  const files = unzipSync(pptx);
  for (const name of Object.keys(files)) {
    const edit = /^ppt\/theme\/theme\d+\.xml$/.test(name)
      ? (xml: string) => themeWithFont(xml, font)
      : /^ppt\/charts\/chart\d+\.xml$/.test(name)
        ? (xml: string) => chartWithFont(xml, font)
        : null;
    if (edit) files[name] = strToU8(edit(strFromU8(files[name] as Uint8Array)));
  }
  return zipSync(files, { level: 6 });
}
