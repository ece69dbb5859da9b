// Checks what one row reports: the target (an indicator or a series year), the day the figure is
// as of, and the value in the target's unit.
import type { Localized } from '../dataset/schema.ts';
import type { Dataset } from '../dataset/validate-dataset.ts';
import { percentSignProblem } from './cell-rules.ts';
import { isEmptyCell, readDate, readNumber, type Reading } from './cells.ts';
import { columnName, L, type ReportRow } from './report-row.ts';
import type { ReportTarget } from './report-types.ts';

type Unit = Dataset['series'][number]['unit'];
type Measure = Dataset['series'][number]['measure'];

/** The dataset's indicators and series by id: what a row may report on. */
export interface KnownTargets {
  indicators: Map<
    string,
    {
      indicator: Dataset['plans'][number]['indicators'][number];
      plan: Dataset['plans'][number]['plan'];
    }
  >;
  seriesById: Map<string, Dataset['series'][number]>;
}

export function knownTargets(dataset: Dataset): KnownTargets {
  return {
    indicators: new Map(
      dataset.plans.flatMap((p) => p.indicators.map((i) => [i.id, { indicator: i, plan: p.plan }])),
    ),
    seriesById: new Map(dataset.series.map((s) => [s.id, s])),
  };
}

/** The row's figure as read; a part is null (or its reading not ok) when its cell is bad. */
export interface RowFigure {
  id: string;
  target: ReportTarget | null;
  unit: Unit;
  measure: Measure | undefined;
  date: Reading<string> | null;
  value: number | null;
}

/** The indicator, as-of date and value cells of one row, each against the dataset's rules. */
export function checkFigure(row: ReportRow, { indicators, seriesById }: KnownTargets): RowFigure {
  const { n, sheetName, today, cell, text, bad, notices } = row;
  // The target.
  const id = text('indicator');
  let target: ReportTarget | null = null;
  let unit: Unit = 'count';
  let unitKnown = false;
  let measure: Measure | undefined;
  let period: { start: string; end: string; what: Localized } | null = null;
  const date = isEmptyCell(cell('asOf')) ? null : readDate(cell('asOf'));
  if (id === '')
    bad(
      'indicator',
      L('未填指标编号', 'no indicator id'),
      L('从下拉列表选择指标', 'pick the indicator from the list'),
    );
  else if (indicators.has(id)) {
    const { indicator, plan } = indicators.get(id)!;
    target = { kind: 'indicator', id, plan: plan.id };
    unit = indicator.unit;
    measure = indicator.measure;
    unitKnown = true;
    period = {
      start: plan.period.start,
      end: indicator.target.deadline,
      what: L(
        `本指标的规划期为 ${plan.period.start} 至 ${indicator.target.deadline}`,
        `this indicator runs from ${plan.period.start} to ${indicator.target.deadline}`,
      ),
    };
  } else if (seriesById.has(id)) {
    const series = seriesById.get(id)!;
    unit = series.unit;
    measure = series.measure;
    unitKnown = true;
    if (date?.ok) {
      const year = Number(date.value.slice(0, 4));
      target = {
        kind: 'series',
        id,
        year,
        part: date.value.endsWith('-12-31') ? 'actual' : 'report',
      };
    }
    period = {
      start: `${series.span.first}-01-01`,
      end: `${series.span.last}-12-31`,
      what: L(
        `本系列覆盖 ${series.span.first}—${series.span.last} 年`,
        `this series covers ${series.span.first}–${series.span.last}`,
      ),
    };
  } else
    bad(
      'indicator',
      L(`未知的指标编号“${id}”`, `unknown indicator id "${id}"`),
      L(
        '从下拉列表选择，或在“指标参考”表中查找编号',
        'pick it from the list or look the id up on the reference sheet',
      ),
    );

  // The date the figure is as of.
  if (!date)
    bad(
      'asOf',
      L('未填截至日期', 'no as-of date'),
      L(
        '填写数字所截至的日期，如 2026-06-30',
        'enter the day the figure is as of, e.g. 2026-06-30',
      ),
    );
  else if (!date.ok) bad('asOf', date.what, date.fix);
  else if (date.value > today)
    bad(
      'asOf',
      L(
        `${date.value} 在未来（今天是 ${today}）`,
        `${date.value} is in the future (today is ${today})`,
      ),
      L('只填已经发生的数字', 'report only figures that have happened'),
    );
  else if (period && (date.value < period.start || date.value > period.end))
    bad(
      'asOf',
      L(
        `${date.value} 不在期内：${period.what.zh}`,
        `${date.value} is outside the period: ${period.what.en}`,
      ),
      L('核对日期，或选择对应的指标', 'check the date or pick the matching indicator'),
    );

  // The value.
  let value: number | null = null;
  if (isEmptyCell(cell('value')))
    bad(
      'value',
      L('未填数值', 'no value'),
      L('填写来源所写的数字', 'enter the number the source states'),
    );
  else {
    const reading = readNumber(cell('value'));
    const percentOnOther = unitKnown ? percentSignProblem(cell('value'), unit) : null;
    if (!reading.ok) bad('value', reading.what, reading.fix);
    else if (percentOnOther) bad('value', percentOnOther.what, percentOnOther.fix);
    else {
      value = reading.value;
      if (reading.converted)
        notices.push({
          sheet: sheetName,
          row: n,
          column: columnName('value'),
          text: reading.converted,
        });
      if (value < 0)
        bad(
          'value',
          L('数值不能为负', 'must not be negative'),
          L('填写来源所写的数字', 'enter the number the source states'),
        );
      else if (unit === 'percent' && value > 100)
        bad(
          'value',
          L(`百分比应在0—100之间，现为 ${value}`, `a percent must be within 0–100, got ${value}`),
          L('百分数只填数字，如 90 表示 90%', 'enter a percent as its number, e.g. 90 for 90%'),
        );
    }
  }
  return { id, target, unit, measure, date, value };
}
