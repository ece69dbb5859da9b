// The chart each embed shows, in the light theme, with its text alternative beside it.
import type { TFunction } from 'i18next';
import { BulletBar } from '../../components/charts/bullet-bar.tsx';
import { ValueHistoryChart } from '../../components/charts/value-history-chart.tsx';
import { YearBarsChart } from '../../components/charts/year-bars-chart.tsx';
import { CHART_COLORS, STATUS_STYLE, seriesYearStyle } from '../../components/ui/palette.ts';
import { verdictText } from '../../components/ui/verdict-text.ts';
import { isoToUtcMs } from '../../domain/evaluation/dates.ts';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all.ts';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view.ts';
import {
  formatDate,
  formatPercent,
  formatTarget,
  formatValue,
} from '../../domain/presentation/format.ts';
import type { Language } from '../../lib/i18n/index.ts';

type Props = { t: TFunction; lang: Language };

export function IndicatorEmbedChart({ row, t, lang }: { row: EvaluatedIndicator } & Props) {
  const { indicator, evaluation } = row;
  const { unit, measure, target } = indicator;
  const fmt = (v: number) => formatValue(v, unit, lang, measure);
  const latest = evaluation.latest;
  const dots = evaluation.observationsAsOf.map((o) => ({ t: isoToUtcMs(o.date), value: o.value }));
  const path = evaluation.expectedPath;
  return (
    <>
      <p className="embed__figures">
        <span>{verdictText(evaluation.verdicts[0], t, lang)}</span>
        {latest ? (
          <strong>
            {t('latest', { value: fmt(latest.value), date: formatDate(latest.date, lang) })}
          </strong>
        ) : (
          <strong>{t('noProgress')}</strong>
        )}
        <span>
          {t('target', {
            target: formatTarget(target.value, target.comparator, unit, lang, measure),
            deadline: formatDate(target.deadline, lang),
          })}
        </span>
      </p>
      <ValueHistoryChart
        dots={dots}
        start={isoToUtcMs(evaluation.startDate)}
        deadline={isoToUtcMs(evaluation.deadline)}
        target={target.value}
        path={path ? { from: path.start.value, to: path.end.value } : null}
        colors={{
          line: STATUS_STYLE[evaluation.status].color,
          target: CHART_COLORS.target,
          expected: CHART_COLORS.expected,
          grid: CHART_COLORS.axis,
        }}
        label={t('historyAlt', { name: indicator.name[lang] })}
        labels={{
          top: fmt(target.value),
          bottom: fmt(0),
          start: formatDate(evaluation.startDate, lang),
          end: formatDate(evaluation.deadline, lang),
        }}
        height="clamp(120px, 45vw, 260px)"
      />
      {dots.length > 0 && (
        <table className="visually-hidden">
          <caption>{indicator.name[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{t('date')}</th>
              <th scope="col">{t('value')}</th>
            </tr>
          </thead>
          <tbody>
            {evaluation.observationsAsOf.map((o) => (
              <tr key={o.date}>
                <td>{formatDate(o.date, lang)}</td>
                <td>{fmt(o.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function PlanEmbedChart({
  name,
  rows,
  t,
  lang,
}: { name: string; rows: EvaluatedIndicator[] } & Props) {
  const reported = rows.filter((r) => r.evaluation.latest !== null);
  const unreported = rows.length - reported.length;
  if (reported.length === 0)
    return <p className="embed__note">{t('noneReported', { count: unreported })}</p>;
  return (
    <>
      <ul className="embed-plan" aria-label={t('planAlt', { name })}>
        {reported.map(({ indicator, evaluation }) => {
          const progress = formatPercent(evaluation.progress, lang);
          const expected = formatPercent(evaluation.expectedProgress, lang);
          return (
            <li key={indicator.id}>
              <span className="embed-plan__name">{indicator.name[lang]}</span>
              <span className="embed-plan__status">
                {verdictText(evaluation.verdicts[0], t, lang)}
              </span>
              <BulletBar
                progressPct={evaluation.progress === null ? null : evaluation.progress * 100}
                expectedPct={evaluation.expectedProgress * 100}
                colors={{
                  fill: STATUS_STYLE[evaluation.status].color,
                  track: '#e3e6ea',
                  expected: CHART_COLORS.expected,
                }}
                label={t('progress', { progress, expected })}
              />
              <span className="embed-plan__pct">{t('progress', { progress, expected })}</span>
            </li>
          );
        })}
      </ul>
      {unreported > 0 && <p className="embed__note">{t('unreported', { count: unreported })}</p>}
    </>
  );
}

export function SeriesEmbedChart({ row, t, lang }: { row: EvaluatedSeries } & Props) {
  const { series, evaluation } = row;
  const fmt = (v: number) => formatValue(v, series.unit, lang, series.measure);
  const name = series.name[lang];
  return (
    <>
      <p className="embed__figures">
        {evaluation.verdicts.map((verdict) => (
          <span key={verdict.phase}>{verdictText(verdict, t, lang)}</span>
        ))}
      </p>
      <YearBarsChart
        points={evaluation.years.map((y) => ({
          year: y.year,
          actual: y.actual?.value ?? null,
          target: y.target?.value ?? null,
          color: seriesYearStyle(y.status, y.inYear?.status ?? null).color,
        }))}
        label={t('yearBars', { name })}
        targetColor={CHART_COLORS.target}
        height="clamp(100px, 40vw, 220px)"
      />
      <table className="embed-years">
        <caption className="visually-hidden">{name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col">{t('yearTarget')}</th>
            <th scope="col">{t('yearActual')}</th>
            <th scope="col">{t('yearResult')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>
                {y.target
                  ? formatTarget(
                      y.target.value,
                      y.target.comparator,
                      series.unit,
                      lang,
                      series.measure,
                    )
                  : '—'}
              </td>
              <td>{y.actual ? fmt(y.actual.value) : '—'}</td>
              <td>{t(`series.yearStatus.${y.status}`, { ns: 'translation' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
