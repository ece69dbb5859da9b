// @vitest-environment node
// The snapshot page's own strings (loaded with its code): both languages complete, and none of
// them overwrites a string of the main catalogues.
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_STRINGS } from '../../src/features/snapshot/snapshot-strings';
import { en } from '../../src/lib/i18n/en';
import { zh } from '../../src/lib/i18n/zh';

function leaves(node: object, prefix = ''): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('SNAPSHOT_STRINGS', () => {
  it('has English wherever Chinese has text, the same placeholders, and no Han in English', () => {
    const english = new Map(leaves(SNAPSHOT_STRINGS.en));
    const chinese = leaves(SNAPSHOT_STRINGS.zh);
    expect(chinese.length).toBeGreaterThan(40);
    expect(english.size).toBe(chinese.length);
    const slots = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of chinese) {
      expect(english.get(key), key).toBeTruthy();
      expect(slots(english.get(key)!), key).toEqual(slots(text));
    }
    for (const [key, text] of english) expect(text, key).not.toMatch(/\p{Script=Han}/u);
  });

  it('adds to the main catalogues without replacing any of their strings', () => {
    const main = new Set([...leaves(zh), ...leaves(en)].map(([key]) => key));
    for (const [key] of [...leaves(SNAPSHOT_STRINGS.zh), ...leaves(SNAPSHOT_STRINGS.en)])
      expect(main.has(key), key).toBe(false);
  });
});
