// @vitest-environment node
// The two catalogues: counted strings read correctly for one and many, and neither language
// leaks into the other.
import { describe, expect, it } from 'vitest';
import { changeLanguage, createI18n } from '../../src/lib/i18n/index';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

const COUNTED = ['overview.indicatorCount', 'overview.planIndicators', 'report.indicatorCount'];

describe('counted strings', () => {
  it.each(COUNTED)('%s is singular for one indicator in English', async (key) => {
    const i18n = createI18n();
    await changeLanguage(i18n, 'en');
    expect(i18n.t(key, { count: 1 })).toBe('1 indicator');
    expect(i18n.t(key, { count: 0 })).toBe('0 indicators');
    expect(i18n.t(key, { count: 17 })).toBe('17 indicators');
  });

  it('loads the English catalogue even when a page has already added its own English words', async () => {
    const i18n = createI18n();
    // What the import page, the draft banner or the snapshot page does before any switch.
    i18n.addResourceBundle(
      'en',
      'translation',
      { import: { heading: 'Report data' } },
      true,
      false,
    );
    await changeLanguage(i18n, 'en');
    expect(i18n.t('app.title')).toBe(en.app.title);
    expect(i18n.t('app.title')).not.toBe(zh.app.title);
    expect(i18n.t('import.heading')).toBe('Report data');
  });

  it.each(COUNTED)('%s keeps one form in Chinese', (key) => {
    const i18n = createI18n();
    expect(i18n.t(key, { count: 1 })).toMatch(/^(共 )?1 项指标$/);
    expect(i18n.t(key, { count: 17 })).toMatch(/^(共 )?17 项指标$/);
  });
});

/** Every leaf of a catalogue as "path: text". */
function leaves(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('the catalogues', () => {
  it('have English text wherever Chinese has text, and no Han characters in English', () => {
    const english = new Map(leaves(en));
    for (const [key] of leaves(zh)) expect(english.get(key), key).toBeTruthy();
    // The language button names the language it switches to, in that language.
    const leaked = [...english].filter(
      ([key, text]) => key !== 'app.switchTo' && /\p{Script=Han}/u.test(text),
    );
    expect(leaked).toEqual([]);
  });
});
