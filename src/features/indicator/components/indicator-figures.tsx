import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../domain/evaluation/evaluate';
import { awaitsFinalFigure } from '../../../domain/evaluation/final-figure';
import { formatDate, formatDifference, formatPercent } from '../../../domain/presentation/format';
import type { Indicator } from '../../../domain/dataset/schema';
import { useLanguage } from '../../../lib/i18n/use-language';

type Figure = { label: string; value: string; hint?: string };

/** Latest, target, gap, projection and the pace now required, as a definition list. */
export function IndicatorFigures({
  indicator,
  evaluation,
  fmt,
}: {
  indicator: Indicator;
  evaluation: Evaluation;
  fmt: (v: number) => string;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = t('detail.none');
  // Gaps and paces are differences: a rate's are in percentage points.
  const diff = (v: number) => formatDifference(v, indicator.unit, lang, indicator.measure);
  // Paces are estimates: whole units from 10 up, one decimal below.
  const rounded = (v: number) => (Math.abs(v) >= 10 ? Math.round(v) : Math.round(v * 10) / 10);
  const signed = (v: number) => (v > 0 ? `+${diff(rounded(v))}` : diff(rounded(v)));
  const { latest, projection, gapAtDeadline } = evaluation;
  const gapNow = latest === null ? null : Math.abs(indicator.target.value - latest.value);
  const figures: Figure[] = [
    {
      label: t('detail.latest'),
      value: latest ? fmt(latest.value) : t('overview.noProgress'),
      hint: latest
        ? formatDate(latest.date, lang) +
          (awaitsFinalFigure(evaluation) ? ` · ${t('overview.finalPending')}` : '')
        : undefined,
    },
    {
      label: t('detail.target'),
      value: fmt(indicator.target.value),
      hint: formatDate(indicator.target.deadline, lang),
    },
    {
      label: t('detail.progress'),
      value: formatPercent(evaluation.progress, lang),
      hint: t('detail.expectedNow', { pct: formatPercent(evaluation.expectedProgress, lang) }),
    },
    { label: t('detail.gapNow'), value: gapNow === null ? none : diff(gapNow) },
    {
      label: t('detail.projected'),
      value: projection.linear === null ? none : fmt(projection.linear),
      hint:
        projection.compound === null
          ? undefined
          : t('detail.compound', { value: fmt(projection.compound) }),
    },
    {
      label: t('detail.gapAtDeadline'),
      value:
        gapAtDeadline === null
          ? none
          : gapAtDeadline <= 0
            ? t('detail.noShortfall')
            : diff(gapAtDeadline),
    },
    {
      label: t('detail.requiredPace'),
      value:
        evaluation.requiredPacePerMonth === null
          ? none
          : t('detail.perMonth', { value: signed(evaluation.requiredPacePerMonth) }),
      hint:
        evaluation.requiredPacePerYear === null
          ? undefined
          : t('detail.perYear', { value: signed(evaluation.requiredPacePerYear) }),
    },
    {
      label: t('detail.currentPace'),
      value:
        evaluation.currentPacePerYear === null
          ? none
          : t('detail.perYear', { value: signed(evaluation.currentPacePerYear) }),
    },
  ];
  return (
    <dl className="detail-figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="figure">{figure.value}</span>
            {figure.hint && <small>{figure.hint}</small>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
