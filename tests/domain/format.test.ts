// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  displayedValue,
  formatDate,
  formatDifference,
  formatPercent,
  formatTimestamp,
  formatValue,
} from '../../src/domain/presentation/format';

const studios = { zh: '家', en: 'studios' };

describe(formatValue, () => {
  it('prints percents the same in both languages', () => {
    expect(formatValue(90, 'percent', 'zh')).toBe('90%');
    expect(formatValue(90, 'percent', 'en')).toBe('90%');
    expect(formatValue(72.5, 'percent', 'en')).toBe('72.5%');
  });

  it('uses 万 and 亿 for large counts in Chinese', () => {
    expect(formatValue(280000, 'count', 'zh')).toBe('28万');
    expect(formatValue(18000, 'count', 'zh')).toBe('1.8万');
    expect(formatValue(1180000, 'count', 'zh')).toBe('118万');
    expect(formatValue(120000000, 'count', 'zh')).toBe('1.2亿');
    expect(formatValue(10000, 'count', 'zh')).toBe('1万');
    // 12346 / 10^4 = 1.2346 → two decimals
    expect(formatValue(12346, 'count', 'zh')).toBe('1.23万');
    // rounds to 1.00亿, not 10000万
    expect(formatValue(99999999, 'count', 'zh')).toBe('1亿');
  });

  it('prints small counts plainly in Chinese', () => {
    expect(formatValue(8000, 'count', 'zh')).toBe('8000');
    expect(formatValue(9999, 'count', 'zh')).toBe('9999');
  });

  it('groups thousands in English', () => {
    expect(formatValue(280000, 'count', 'en')).toBe('280,000');
    expect(formatValue(1180000, 'count', 'en')).toBe('1,180,000');
  });

  it('prints computed counts whole, in both languages', () => {
    // A projection: 214,916.17 people would claim a precision nobody has.
    expect(formatValue(214916.17, 'count', 'en', { zh: '人', en: 'people' })).toBe(
      '214,916 people',
    );
    expect(formatValue(214916.17, 'count', 'zh', { zh: '人', en: 'people' })).toBe('21.49万人');
    expect(formatValue(99.4, 'count', 'en')).toBe('99');
    expect(formatValue(100.4, 'count', 'en')).toBe('100');
    expect(formatValue(-1234.5, 'count', 'en')).toBe('-1,235');
  });

  it('appends the counter word', () => {
    expect(formatValue(8000, 'count', 'zh', studios)).toBe('8000家');
    expect(formatValue(18000, 'count', 'zh', studios)).toBe('1.8万家');
    expect(formatValue(8000, 'count', 'en', studios)).toBe('8,000 studios');
  });

  it('prints days with their word', () => {
    expect(formatValue(290, 'days', 'zh')).toBe('290天');
    expect(formatValue(290, 'days', 'en')).toBe('290 days');
    expect(formatValue(1, 'days', 'en')).toBe('1 day');
  });

  it('prints concentrations with one decimal', () => {
    expect(formatValue(27, 'ug_m3', 'zh')).toBe('27.0 μg/m³');
    expect(formatValue(35.46, 'ug_m3', 'en')).toBe('35.5 μg/m³');
  });
});

describe(displayedValue, () => {
  it('rounds a count half away from zero and keeps a rate as it is', () => {
    expect(displayedValue(7042.94, 'count')).toBe(7043);
    expect(displayedValue(957.06, 'count')).toBe(957);
    expect(displayedValue(0.5, 'count')).toBe(1);
    expect(displayedValue(-1234.5, 'count')).toBe(-1235);
    expect(Object.is(displayedValue(-0.2, 'count'), 0)).toBe(true);
    expect(displayedValue(82.46, 'percent')).toBe(82.46);
    expect(displayedValue(35.25, 'ug_m3')).toBe(35.25);
  });
});

describe('whole counts in the demo figures', () => {
  it('prints a projection, a gap and paces of studios whole; a rate keeps its decimal', () => {
    // Demo: projection 7042.94 studios against a target of 8000, 12 months left.
    expect(formatValue(7042.94, 'count', 'zh', studios)).toBe('7043家');
    expect(formatValue(7042.94, 'count', 'en', studios)).toBe('7,043 studios');
    expect(formatDifference(8000 - 7042.94, 'count', 'zh', studios)).toBe('957家');
    // (8000 − 7042.94) / 12 = 79.755 a month; × 12 = 957.06 a year.
    expect(formatDifference(79.755, 'count', 'zh', studios)).toBe('80家');
    expect(formatDifference(957.06, 'count', 'en', studios)).toBe('957 studios');
    expect(formatValue(3.46, 'count', 'zh', studios)).toBe('3家');
    expect(formatValue(82.46, 'percent', 'zh')).toBe('82.5%');
    expect(formatDifference(7.54, 'percent', 'zh')).toBe('7.5个百分点');
  });
});

describe(formatDifference, () => {
  it('gives a gap in a rate in percentage points', () => {
    // 90% target − 82.4% reported = 7.6 points
    expect(formatDifference(7.6, 'percent', 'zh')).toBe('7.6个百分点');
    expect(formatDifference(7.6, 'percent', 'en')).toBe('7.6 pp');
    expect(formatDifference(10, 'percent', 'en')).toBe('10 pp');
  });

  it('gives any other gap in the unit itself', () => {
    expect(formatDifference(2014, 'count', 'zh', studios)).toBe('2014家');
    expect(formatDifference(65083.83, 'count', 'en', { zh: '人', en: 'people' })).toBe(
      '65,084 people',
    );
    expect(formatDifference(3, 'days', 'en')).toBe('3 days');
  });
});

describe(formatPercent, () => {
  it('prints a fraction as a whole percentage, unclamped', () => {
    expect(formatPercent(0.45, 'zh')).toBe('45%');
    expect(formatPercent(1.124, 'en')).toBe('112%');
    expect(formatPercent(-0.05, 'en')).toBe('-5%');
  });

  it('prints a dash when progress is unknown', () => {
    expect(formatPercent(null, 'zh')).toBe('—');
  });
});

describe(formatDate, () => {
  it('prints Chinese and English dates', () => {
    expect(formatDate('2025-12-31', 'zh')).toBe('2025年12月31日');
    expect(formatDate('2025-12-31', 'en')).toBe('31 Dec 2025');
  });

  it('never shifts the day', () => {
    expect(formatDate('2024-01-01', 'en')).toBe('1 Jan 2024');
  });

  it('abbreviates every English month to three letters ("Sep", not en-GB\'s "Sept")', () => {
    expect(formatDate('2021-09-30', 'en')).toBe('30 Sep 2021');
    expect(formatDate('2021-06-30', 'en')).toBe('30 Jun 2021');
  });
});

describe(formatTimestamp, () => {
  it('formats a UTC-midnight axis value as that calendar day', () => {
    const ms = Date.UTC(2025, 11, 31);
    expect(formatTimestamp(ms, 'zh')).toBe('2025年12月31日');
    expect(formatTimestamp(ms, 'en')).toBe('31 Dec 2025');
  });
});
