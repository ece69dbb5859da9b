import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { awaitsFinalFigure } from '../../../domain/evaluation/final-figure.ts';
import {
  COMPARATOR_SIGN,
  formatDate,
  formatPercent,
  formatValue,
} from '../../../domain/presentation/format.ts';
import { ProgressBar } from '../../../components/ui/progress-bar.tsx';
import { Sparkline } from '../../../components/ui/sparkline.tsx';
import { VerdictBadge } from '../../../components/ui/status-badge.tsx';
import { STATUS_STYLE } from '../../../components/ui/palette.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

/**
 * One indicator at a glance: latest vs target, a bullet bar, the status in words. Memoised: a
 * filter change re-renders the overview, and a card whose row (the same evaluated object) and
 * link did not change need not render again.
 */
export const IndicatorCard = memo(function IndicatorCard({
  row,
  href,
}: {
  row: EvaluatedIndicator;
  href?: string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { indicator, evaluation } = row;
  const name = indicator.name[lang];
  const fmt = (value: number) => formatValue(value, indicator.unit, lang, indicator.measure);
  const progressPct = evaluation.progress === null ? null : evaluation.progress * 100;
  const expectedPct = evaluation.expectedProgress * 100;
  const color = STATUS_STYLE[evaluation.status].color;
  const reference = indicator.references?.at(-1);
  return (
    <article className="indicator-card" aria-labelledby={`card-${indicator.id}`}>
      <header className="indicator-card__head">
        <h3 id={`card-${indicator.id}`}>{href ? <Link href={href}>{name}</Link> : name}</h3>
        <VerdictBadge verdict={evaluation.verdicts[0]} />
      </header>
      <p className="indicator-card__category">{t(`category.${indicator.category}`)}</p>
      <dl className="indicator-card__figures">
        <div>
          <dt>{t('overview.latest')}</dt>
          <dd>
            {evaluation.latest ? (
              <>
                <span className="figure">{fmt(evaluation.latest.value)}</span>
                <small>
                  {t('overview.reportedOn', { date: formatDate(evaluation.latest.date, lang) })}
                </small>
                {awaitsFinalFigure(evaluation) && (
                  <small className="final-pending">{t('overview.finalPending')}</small>
                )}
              </>
            ) : (
              <span className="figure figure--none">{t('overview.noProgress')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('overview.target')}</dt>
          <dd>
            <span className="figure">
              {COMPARATOR_SIGN[indicator.target.comparator]} {fmt(indicator.target.value)}
            </span>
            <small>
              {t('overview.deadline', { date: formatDate(indicator.target.deadline, lang) })}
            </small>
          </dd>
        </div>
      </dl>
      <div className="indicator-card__bar">
        <ProgressBar
          valuePct={progressPct}
          expectedPct={expectedPct}
          label={t('overview.progressOf', { name })}
          valueText={
            progressPct === null
              ? t('overview.noProgress')
              : formatPercent(evaluation.progress, lang)
          }
          expectedLabel={t('overview.expectedMarker')}
          color={color}
        />
        <span className="indicator-card__pct">{formatPercent(evaluation.progress, lang)}</span>
        <Sparkline
          values={evaluation.observationsAsOf.map((o) => o.value)}
          color={color}
          label={t('overview.progressOf', { name })}
        />
      </div>
      {reference && (
        <p className="indicator-card__reference">
          {t('overview.reference', {
            label: reference.label[lang],
            value: formatValue(reference.value, reference.unit, lang, indicator.measure),
          })}
        </p>
      )}
    </article>
  );
});
