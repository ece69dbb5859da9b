import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { coverageByPlan } from '../../../domain/evaluation/coverage.ts';
import type { Plan } from '../../../domain/dataset/schema.ts';
import type { EvaluatedIndicator } from '../../../domain/evaluation/evaluate-all.ts';
import { useLanguage } from '../../../lib/i18n/use-language.ts';

/**
 * Unreported names listed per plan; the rest are counted. The plan's own section lists them
 * all, a page at a time: a cell of thousands of names is read by no one and laid out at
 * every change of the page.
 */
export const COVERAGE_NAMES_SHOWN = 20;

/**
 * Which plans have reported progress, and which indicators still have none. Memoised: it lists
 * the unreported indicators, and a filter change leaves its plans and rows as they were.
 */
export const ReportingCoverage = memo(function ReportingCoverage({
  plans,
  rows,
}: {
  plans: Plan[];
  rows: EvaluatedIndicator[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const names = new Map(rows.map(({ indicator }) => [indicator.id, indicator.name[lang]]));
  const titles = new Map(plans.map((plan) => [plan.id, plan.title[lang]]));
  return (
    <section className="coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('coverage.heading')}</h2>
      {/* A labelled, focusable scroll box: on a narrow screen the table scrolls, never squeezes
          its headers to one character a line. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={t('coverage.table')}>
        <table className="data-table coverage__table">
          <thead>
            <tr>
              <th scope="col">{t('coverage.plan')}</th>
              <th scope="col" className="numeric">
                {t('coverage.reported')}
              </th>
              <th scope="col">{t('coverage.unreported')}</th>
            </tr>
          </thead>
          <tbody>
            {coverageByPlan(rows).map((entry) => (
              <tr key={entry.planId}>
                <th scope="row">
                  <bdi>{titles.get(entry.planId) ?? entry.planId}</bdi>
                </th>
                <td className="numeric">
                  {t('coverage.ratio', { reported: entry.reported, total: entry.total })}
                </td>
                <td>
                  {entry.unreportedIds.length === 0
                    ? t('coverage.allReported')
                    : entry.unreportedIds.slice(0, COVERAGE_NAMES_SHOWN).map((id, i) => (
                        // <bdi> keeps a right-to-left mark in one name from reordering the next.
                        <span key={id}>
                          {i > 0 && '、'}
                          <bdi>{names.get(id) ?? id}</bdi>
                        </span>
                      ))}
                  {entry.unreportedIds.length > COVERAGE_NAMES_SHOWN &&
                    t('coverage.more', {
                      count: entry.unreportedIds.length - COVERAGE_NAMES_SHOWN,
                    })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
