import { useTranslation } from 'react-i18next';
import { formatDate, formatValue } from '../../../domain/presentation/format.ts';
import type { SourcedFigure } from '../../../domain/evaluation/plan-figures.ts';
import type { Plan } from '../../../domain/dataset/schema.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';
import './plan-figures.css';

// A quote keeps the source's line breaks (they make it an exact copy); on screen they are noise.
const onOneLine = (quote: string) => quote.replace(/\s*\n\s*/g, '');

/** A plan's numbers that have no target, listed under its cards as context: never a status. */
export function PlanFigures({ planId, figures }: { planId: string; figures: SourcedFigure[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (figures.length === 0) return null;
  const headingId = `figures-${planId}`;
  return (
    // A div, not a section: one landmark per plan is enough, and every plan's would share a name.
    <div className="plan-figures">
      <h3 id={headingId}>{t('figures.heading')}</h3>
      <p className="plan-figures__hint">{t('figures.hint')}</p>
      <ul className="plan-figures__list" aria-labelledby={headingId}>
        {figures.map((figure) => (
          <li key={figure.id} className="plan-figures__item">
            <p className="plan-figures__head">
              <span className="plan-figures__name">{figure.name[lang]}</span>
              <strong className="plan-figures__value">
                {formatValue(figure.value, figure.unit, lang, figure.measure)}
              </strong>
            </p>
            <p className="plan-figures__meta">
              {figure.kind === 'planned' && (
                <span className="plan-figures__kind">{t('figures.planned')}</span>
              )}
              <time dateTime={figure.date}>{formatDate(figure.date, lang)}</time>
              {figure.note && <span> · {figure.note[lang]}</span>}
            </p>
            <p className="plan-figures__quote">
              <q>{onOneLine(figure.citation.quote)}</q>{' '}
              <cite>
                {t('figures.source', {
                  title: figure.sourceTitle?.[lang] ?? figure.citation.source,
                })}
              </cite>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A plan none of whose indicators are shown (or that has none): its heading and figures only. */
export function FiguresOnlySection({ plan, figures }: { plan: Plan; figures: SourcedFigure[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <section className="plan-section" aria-labelledby={`plan-${plan.id}`}>
      <h2 id={`plan-${plan.id}`}>{plan.title[lang]}</h2>
      <p className="plan-section__meta">
        {plan.issuer[lang]} · {formatDate(plan.period.start, lang)} –{' '}
        {formatDate(plan.period.end, lang)} · {t('figures.noTargets')}
      </p>
      <PlanFigures planId={plan.id} figures={figures} />
    </section>
  );
}
