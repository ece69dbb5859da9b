// How a source's kind is named wherever a figure is shown or exported: a repost is shown by the
// outlet it was copied from ("北京日报（转载页）"), and an internal report says it is not
// public and names the unit that reported it ("内部报送（未公开）· 北京市总工会"), so a reader can weigh it.
import type { TFunction } from 'i18next';
import type { Source } from '../domain/dataset/schema';
import type { Language } from './i18n/index';

export function sourceKindText(source: Source, t: TFunction, lang: Language): string {
  if (source.kind === 'repost' && source.originalOutlet)
    return t('repost.label', { outlet: source.originalOutlet[lang] });
  if (source.kind === 'internal') return t('internal.label', { unit: source.publisher[lang] });
  return t(`sourceKind.${source.kind}`);
}

/**
 * The publisher to print beside a source's title, or null for a repost: the mirror site is not
 * its publisher, and its kind text already names the original outlet.
 */
export function shownPublisher(source: Source, lang: Language): string | null {
  return source.kind === 'repost' ? null : source.publisher[lang];
}
