// One tile per indicator or series on a presentation screen: the name, the status in words, one
// big figure, the target, and a chart. Dark theme (components/charts/dark-palette.ts).
import type { TFunction } from 'i18next';
import { BulletBar } from '../../components/charts/bullet-bar.tsx';
import { DARK_CHART_COLORS, DARK_STATUS_COLORS } from '../../components/charts/dark-palette.ts';
import { YearBarsChart } from '../../components/charts/year-bars-chart.tsx';
import { verdictText } from '../../components/ui/verdict-text.ts';
import { lastResultBefore } from '../../domain/evaluation/attention.ts';
import type { Verdict } from '../../domain/evaluation/verdict.ts';
import type { Status } from '../../domain/evaluation/status.ts';
import type { EvaluatedIndicator } from '../../domain/evaluation/evaluate-all.ts';
import { yearOf, type SeriesYearStatus } from '../../domain/evaluation/series-evaluate.ts';
import type { EvaluatedSeries } from '../../domain/evaluation/series-view.ts';
import {
  formatDate,
  formatPercent,
  formatTarget,
  formatValue,
} from '../../domain/presentation/format.ts';
import { shareOfTarget } from '../../domain/presentation/share-of-target.ts';
import type { Language } from '../../lib/i18n/index.ts';

type TileProps = { t: TFunction; lang: Language };

function TileHead({
  id,
  name,
  verdicts,
  t,
  lang,
  lastResult = null,
}: {
  id: string;
  name: string;
  verdicts: readonly Verdict[];
  lastResult?: { year: number; met: boolean } | null;
} & TileProps) {
  return (
    <header className="present-tile__head">
      <h3 id={id}>{name}</h3>
      {verdicts.map((verdict) => (
        <p
          key={verdict.phase}
          className="present-tile__status"
          data-status={verdict.status}
          style={{ color: DARK_STATUS_COLORS[verdict.status] }}
        >
          {verdictText(verdict, t, lang, lastResult)}
        </p>
      ))}
    </header>
  );
}

export function IndicatorTile({ row, t, lang }: { row: EvaluatedIndicator } & TileProps) {
  const { indicator, evaluation } = row;
  const { unit, measure, target } = indicator;
  const latest = evaluation.latest;
  const progress = formatPercent(evaluation.progress, lang);
  const expected = formatPercent(evaluation.expectedProgress, lang);
  const id = `present-${indicator.id}`;
  return (
    <article className="present-tile" aria-labelledby={id}>
      <TileHead
        id={id}
        name={indicator.name[lang]}
        verdicts={evaluation.verdicts}
        t={t}
        lang={lang}
      />
      {latest ? (
        <p className="present-tile__figure">
          <strong>{formatValue(latest.value, unit, lang, measure)}</strong>
          <small>{t('latestOn', { date: formatDate(latest.date, lang) })}</small>
        </p>
      ) : (
        <p className="present-tile__figure present-tile__figure--none">{t('noProgress')}</p>
      )}
      <p className="present-tile__target">
        {t('target', {
          target: formatTarget(target.value, target.comparator, unit, lang, measure),
          deadline: formatDate(target.deadline, lang),
        })}
      </p>
      {latest && (
        <div className="present-tile__chart">
          <BulletBar
            progressPct={evaluation.progress === null ? null : evaluation.progress * 100}
            expectedPct={evaluation.expectedProgress * 100}
            colors={{
              fill: DARK_STATUS_COLORS[evaluation.status],
              track: DARK_CHART_COLORS.track,
              expected: DARK_CHART_COLORS.expected,
            }}
            label={t('progressAlt', { progress, expected })}
            height={22}
          />
          <p>{t('progress', { progress, expected })}</p>
        </div>
      )}
    </article>
  );
}

/** A series year's colour on the dark screen, as seriesYearStyle picks it on the light one. */
function yearColor(status: SeriesYearStatus, inYear: Status | null): string {
  if (status === 'met' || status === 'met_stated') return DARK_STATUS_COLORS.achieved;
  if (status === 'missed') return DARK_STATUS_COLORS.missed;
  if (status === 'in_progress' && inYear) return DARK_STATUS_COLORS[inYear];
  return DARK_STATUS_COLORS.no_data;
}

export function SeriesTile({ row, t, lang }: { row: EvaluatedSeries } & TileProps) {
  const { series, evaluation } = row;
  const { unit, measure } = series;
  const { current, latestResult } = evaluation;
  const name = series.name[lang];
  const id = `present-${series.id}`;
  const fmt = (value: number) => formatValue(value, unit, lang, measure);
  const year = yearOf(evaluation.asOf);
  return (
    <article className="present-tile" aria-labelledby={id}>
      <TileHead
        id={id}
        name={name}
        verdicts={evaluation.verdicts}
        t={t}
        lang={lang}
        lastResult={
          evaluation.due?.year ? lastResultBefore(evaluation.years, evaluation.due.year) : null
        }
      />
      {latestResult?.actual ? (
        <p className="present-tile__figure">
          <strong>{fmt(latestResult.actual.value)}</strong>
          <small>
            {latestResult.year} ·{' '}
            {t(`series.yearStatus.${latestResult.status}`, { ns: 'translation' })}
          </small>
        </p>
      ) : (
        <p className="present-tile__figure present-tile__figure--none">
          {latestResult
            ? `${latestResult.year} · ${t(`series.yearStatus.${latestResult.status}`, { ns: 'translation' })}`
            : t('series.noResult', { ns: 'translation' })}
        </p>
      )}
      <p className="present-tile__target">
        {current?.target
          ? t('currentTarget', {
              year: current.year,
              target: formatTarget(
                current.target.value,
                current.target.comparator,
                unit,
                lang,
                measure,
              ),
            })
          : t('noCurrentTarget', { year })}
      </p>
      <div className="present-tile__chart">
        <YearBarsChart
          points={evaluation.years.map((y) => ({
            year: y.year,
            actual: y.actual?.value ?? null,
            target: y.target?.value ?? null,
            color: yearColor(y.status, y.inYear?.status ?? null),
          }))}
          label={t('yearBars', { name })}
          targetColor={DARK_CHART_COLORS.target}
          height="auto"
        />
        {/* Each year's bar labelled under its year: the actual, and the share of a target to
            reach (not of a ceiling such as ≤ 5%). Hidden from assistive technology, which
            reads the same figures in the series page's table. */}
        <div className="present-tile__bar-values" aria-hidden="true">
          {evaluation.years.map((y) => {
            const share = shareOfTarget(y.actual?.value, y.target);
            return (
              <span key={y.year}>
                {/* Without the counter word, which the big figure above already gives. */}
                {y.actual && <strong>{formatValue(y.actual.value, unit, lang)}</strong>}
                {share !== null && <small>{formatPercent(share, lang)}</small>}
              </span>
            );
          })}
        </div>
      </div>
    </article>
  );
}
