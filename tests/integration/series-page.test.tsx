// The series page through the real query layer (msw/node serving the curated data): every
// year's target beside its actual, met or missed, the margin, and where each number comes from.
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiHandlers, type ApiData } from '../../mocks/api-handlers';
import { createTestServer } from '../../mocks/node';
import { realApiData } from '../utils/real-api';
import { renderApp } from '../utils/render-app';

const data = realApiData();
const server = createTestServer(() => data);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const rowOf = (table: HTMLElement, year: number) =>
  within(table)
    .getAllByRole('row')
    .find((row) => within(row).queryAllByRole('cell')[0]?.textContent === String(year))!;

describe('series page', () => {
  it('sets every year of the unemployment rate beside its target, with the result and margin', async () => {
    renderApp('/series/surveyed-unemployment-rate');
    expect(
      await screen.findByRole('heading', { level: 1, name: '城镇调查失业率' }),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /城镇调查失业率：逐年目标与实绩/ });
    // 2024: ≤5% against 4.1% → met, 0.9 points under the ceiling.
    const y2024 = rowOf(table, 2024);
    expect(y2024).toHaveTextContent('≤ 5%');
    expect(y2024).toHaveTextContent('4.1%');
    expect(y2024).toHaveTextContent('已达成');
    expect(y2024).toHaveTextContent('优于目标 0.9个百分点');
    expect(y2024).toHaveTextContent('官方网站');
    // 2023: an actual with no target on record is shown, not judged.
    expect(rowOf(table, 2023)).toHaveTextContent('当年无目标记录');
    // 2026: the year in progress, with no in-year report.
    expect(rowOf(table, 2026)).toHaveTextContent('进行中');
    expect(screen.getByRole('figure', { name: '逐年目标与实绩' })).toBeInTheDocument();
  });

  it('gives every number its quote and source kind, naming a repost’s original outlet', async () => {
    renderApp('/series/surveyed-unemployment-rate');
    const sources = await screen.findByRole('region', { name: '逐年数字的来源与原文' });
    const official = within(sources)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('去年城镇调查失业率均值4.1%'));
    expect(official).toHaveTextContent('2024 实际 4.1%');
    expect(official).toHaveTextContent('官方网站');
    const reposts = within(sources)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('（转载页）'));
    expect(reposts.length).toBeGreaterThan(0);
    // Named by the outlet it copies, never by the mirror site as its publisher.
    expect(sources).toHaveTextContent('北京日报（转载页）');
  });

  it('lists a figure’s citations best kind first: the newspaper before the seed article', async () => {
    // data/ cites the 2023 completions from the seed article first, then 新京报.
    renderApp('/series/old-compound-completions');
    const sources = await screen.findByRole('region', { name: '逐年数字的来源与原文' });
    const actual2023 = within(sources)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.startsWith('2023 实际'));
    expect(actual2023.map((li) => li.querySelector('.source-kind')?.textContent)).toEqual([
      '媒体报道',
      '原始文件',
    ]);
  });

  it('keeps a verdict stated in words as a result without a number', async () => {
    renderApp('/series/old-compound-starts');
    const table = await screen.findByRole('table', { name: /老旧小区改造新开工/ });
    const y2024 = rowOf(table, 2024);
    expect(y2024).toHaveTextContent('≥ 300个');
    expect(y2024).toHaveTextContent('来源表述');
    expect(y2024).toHaveTextContent('已达成（来源表述）');
    expect(within(y2024).getAllByRole('cell')[4]).toHaveTextContent('—'); // no margin without a number
    const sources = screen.getByRole('region', { name: '逐年数字的来源与原文' });
    expect(sources).toHaveTextContent('超額完成計劃');
  });

  it('as of a day before a result was published, the year is still awaiting it', async () => {
    // The 2024 average (4.1%) was published on 2025-01-21.
    renderApp('/series/surveyed-unemployment-rate?asOf=2025-01-10');
    const table = await screen.findByRole('table', { name: /城镇调查失业率/ });
    expect(rowOf(table, 2024)).toHaveTextContent('实绩待公布');
    expect(rowOf(table, 2024)).not.toHaveTextContent('4.1%');
    expect(within(table).queryByText('2026')).not.toBeInTheDocument();
  });

  it('grades the year in progress along that year’s straight path when it has an in-year report', async () => {
    // Test-only report (never in data/): 150,000 new jobs by 2026-06-30 against ≥280,000.
    // Progress 150,000 / 280,000 = 54%. Graded at the report's date: 180 of 364 days → 49%
    // expected, ratio 1.08 → on track. Shown against today (2026-08-01): 212 / 364 → 58%.
    const withReport: ApiData = {
      ...data,
      catalog: {
        ...data.catalog,
        series: data.catalog.series.map((series) =>
          series.id !== 'new-urban-jobs'
            ? series
            : {
                ...series,
                years: series.years.map((y) =>
                  y.year !== 2026
                    ? y
                    : {
                        ...y,
                        reports: [
                          {
                            date: '2026-06-30',
                            value: 150000,
                            citation: { source: 'test-fixture', quote: 'test' },
                          },
                        ],
                      },
                ),
              },
        ),
      },
    };
    server.use(...apiHandlers(() => withReport));
    renderApp('/series/new-urban-jobs?asOf=2026-08-01');
    const current = await screen.findByRole('region', { name: '2026年进展' });
    expect(current).toHaveTextContent('2026年目标 ≥ 28万人');
    expect(current).toHaveTextContent('按期应达 58% · 完成进度 54%');
    // The badge names the year it judges: the 2026 target, running, on track.
    expect(screen.getByText(/2026年 · 进行中 · .*进展正常/)).toBeInTheDocument();
  });

  it('says so when the series does not exist', async () => {
    renderApp('/series/no-such-series');
    expect(
      await screen.findByRole('heading', { level: 1, name: '未找到该年度目标系列' }),
    ).toBeInTheDocument();
  });

  it('reads in English', async () => {
    renderApp('/series/surveyed-unemployment-rate?lang=en');
    const table = await screen.findByRole('table', { name: /targets and actuals by year/ });
    expect(rowOf(table, 2024)).toHaveTextContent('Beat by 0.9 pp');
    expect(rowOf(table, 2024)).toHaveTextContent('Met');
  });
});
