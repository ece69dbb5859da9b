// How a source's kind is named wherever a figure is shown or exported: a repost always names
// the outlet it was copied from ("转载 · 原载北京日报"), so a reader can weigh it.
import type { TFunction } from 'i18next';
import type { Source } from '../domain/dataset/schema';
import type { Language } from './i18n/index';

export function sourceKindText(source: Source, t: TFunction, lang: Language): string {
  return source.kind === 'repost' && source.originalOutlet
    ? t('repost.label', { outlet: source.originalOutlet[lang] })
    : t(`sourceKind.${source.kind}`);
}
