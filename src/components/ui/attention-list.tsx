// 需关注: one line per target that needs attention, each naming the target, its year or deadline,
// the verdict and what is known ("2023年已达成；2024、2025年结果未公布"). Shared by the overview,
// the briefing's first page and the big screen.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AttentionItem } from '../../domain/evaluation/attention.ts';
import { formatDate, formatTarget, formatValue } from '../../domain/presentation/format.ts';
import type { Language } from '../../lib/i18n/index.ts';
import { useLanguage } from '../../lib/i18n/use-language.ts';
import { STATUS_STYLE } from './palette.ts';
import { verdictText } from './verdict-text.ts';

const ns = { ns: 'translation' } as const;

/** What is known about the judged target, in words: the facts beside the verdict. */
export function attentionKnown(item: AttentionItem, t: TFunction, lang: Language): string {
  const value = (v: number) => formatValue(v, item.unit, lang, item.measure);
  const dated = (f: { value: number; date: string }) => ({
    value: value(f.value),
    date: formatDate(f.date, lang),
  });
  const facts: string[] = [];
  if (item.result) facts.push(t('attention.result', { ...dated(item.result), ...ns }));
  if (item.lastResult)
    facts.push(
      t('attention.lastResult', {
        year: item.lastResult.year,
        status: t(`status.${item.lastResult.met ? 'achieved' : 'missed'}`, ns),
        ...ns,
      }),
    );
  if (item.unpublishedYears.length > 0)
    facts.push(
      t('attention.unpublished', {
        years: item.unpublishedYears.join(lang === 'zh' ? '、' : ', '),
        ...ns,
      }),
    );
  const latestShown = item.latest && item.latest.date !== item.result?.date ? item.latest : null;
  if (latestShown) facts.push(t('attention.latestKnown', { ...dated(latestShown), ...ns }));
  if (facts.length === 0) facts.push(t('attention.noFigure', ns));
  return facts.join(lang === 'zh' ? '；' : '; ');
}

/** "目标≥ 8000家", or null for an entry with no target. */
function targetText(item: AttentionItem, t: TFunction, lang: Language): string | null {
  if (!item.target) return null;
  const { value, comparator } = item.target;
  return t('attention.target', {
    target: formatTarget(value, comparator, item.unit, lang, item.measure),
    ...ns,
  });
}

/** One line as plain text (the big screen, exports): name, target, verdict, what is known. */
export function attentionLine(item: AttentionItem, t: TFunction, lang: Language): string {
  const target = targetText(item, t, lang);
  const head = [item.name[lang], target].filter(Boolean).join(lang === 'zh' ? ' ' : ', ');
  return `${head} · ${verdictText(item.verdict, t, lang)} · ${attentionKnown(item, t, lang)}`;
}

export function AttentionList({
  items,
  limit = Infinity,
  hrefOf,
  headingLevel = 2,
  className = 'attention',
  showMore = true,
}: {
  items: readonly AttentionItem[];
  limit?: number;
  /** Where a line links to (the overview links each entry's page; paper does not). */
  hrefOf?: (item: AttentionItem) => string;
  headingLevel?: 2 | 3;
  className?: string;
  /** False where the page says itself how many more there are (the one-page hand-out). */
  showMore?: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const shown = items.slice(0, limit);
  return (
    <section className={className} aria-labelledby={`${className}-heading`}>
      <Heading id={`${className}-heading`}>
        {t('attention.heading')} <small>{t('attention.hint')}</small>
      </Heading>
      {items.length === 0 ? (
        <p>{t('attention.none')}</p>
      ) : (
        <ol className="attention__list">
          {shown.map((item) => {
            const style = STATUS_STYLE[item.verdict.status];
            const target = targetText(item, t, lang);
            return (
              <li
                key={`${item.kind}-${item.id}-${item.verdict.deadline}`}
                data-status={item.verdict.status}
                style={{ borderLeftColor: style.color }}
              >
                {item.owned && <span className="attention__owned">{t('attention.owned')}</span>}
                <strong className="attention__name">
                  {hrefOf ? <Link href={hrefOf(item)}>{item.name[lang]}</Link> : item.name[lang]}
                </strong>
                {target && <span className="attention__target">{target}</span>}
                <span className="attention__verdict" style={{ color: style.color }}>
                  {verdictText(item.verdict, t, lang)}
                </span>
                <span className="attention__known">{attentionKnown(item, t, lang)}</span>
              </li>
            );
          })}
        </ol>
      )}
      {showMore && items.length > shown.length && (
        <p className="attention__more">
          {t('attention.more', { count: items.length - shown.length })}
        </p>
      )}
    </section>
  );
}
