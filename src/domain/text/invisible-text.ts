// Names that look empty: a name made only of zero-width characters, bidi controls, control
// characters (tab, CR, LF) and spaces shows as nothing, or reorders what follows it.

// \p{Cc}: controls (tab, CR, LF…); \p{Cf}: format characters (zero-width space/joiners, bidi
// embeddings, overrides and isolates, the BOM); \p{Z}: every kind of space and separator.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/** True when nothing visible is left once invisible characters are taken out. */
export const isInvisibleText = (text: string): boolean => text.replace(INVISIBLE, '') === '';

/**
 * Bidi controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
 * marks (U+200E, U+200F, U+061C). One of them inside a name reorders what a reader sees.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

/** The first bidi control in the text as "U+202E", or null. */
export function bidiControlIn(text: string): string | null {
  const found = BIDI_CONTROL.exec(text)?.[0];
  return found ? codePoint(found) : null;
}

/** "U+202E" for one character. */
export const codePoint = (ch: string): string =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The members that name something a reader sees: a plan's title, an indicator's name… */
const NAME_KEYS = new Set([
  'name',
  'title',
  'label',
  'issuer',
  'publisher',
  'measure',
  'originalOutlet',
]);

/** The path of the first {zh, en} name that is invisible in either language, or null. */
export function invisibleName(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = invisibleName(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (
      NAME_KEYS.has(key) &&
      member !== null &&
      typeof member === 'object' &&
      !Array.isArray(member)
    ) {
      for (const [lang, text] of Object.entries(member as Record<string, unknown>))
        if (typeof text === 'string' && isInvisibleText(text)) return `${at}.${lang}`;
    } else {
      const found = invisibleName(member, at);
      if (found) return found;
    }
  }
  return null;
}
