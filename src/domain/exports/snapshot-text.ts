// Names that look empty: a name made only of zero-width characters, bidi controls, control
// characters (tab, CR, LF) and spaces shows as nothing, or reorders what follows it.

// \p{Cc}: controls (tab, CR, LF…); \p{Cf}: format characters (zero-width space/joiners, bidi
// embeddings, overrides and isolates, the BOM); \p{Z}: every kind of space and separator.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/** True when nothing visible is left once invisible characters are taken out. */
export const isInvisibleText = (text: string): boolean => text.replace(INVISIBLE, '') === '';

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
