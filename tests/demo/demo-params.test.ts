// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../mocks/demo/prng';
import { daysInMonth, monthEnds, roundFor } from '../../mocks/demo/units';
import {
  DEFAULT_DEMO_PARAMS,
  DEFAULT_DEMO_SEED,
  demoLabel,
  parseDemoParams,
  withDemoParams,
  withoutDemoParams,
} from '../../src/lib/demo-params';

describe(parseDemoParams, () => {
  it('is off without `demo` and on with defaults for a bare `?demo`', () => {
    expect(parseDemoParams('?seed=5')).toBeNull();
    expect(parseDemoParams('')).toBeNull();
    expect(parseDemoParams('?demo')).toEqual(DEFAULT_DEMO_PARAMS);
  });

  it('reads seed, size and fault, and falls back or clamps when they are bad', () => {
    expect(parseDemoParams('?demo&seed=7&size=250&fault=slow')).toEqual({
      seed: 7,
      size: 250,
      fault: 'slow',
    });
    expect(parseDemoParams('demo&seed=abc&size=-3&fault=explode')).toEqual(DEFAULT_DEMO_PARAMS);
    expect(parseDemoParams('?demo&size=999999')?.size).toBe(10_000);
    expect(parseDemoParams('?demo&seed=-1')?.seed).toBe(4_294_967_295);
  });
});

describe(withDemoParams, () => {
  const params = { seed: 7, size: 100, fault: null };
  it('carries the running demo onto internal links, replacing stale demo params', () => {
    expect(withDemoParams('/compare', params)).toBe('/compare?demo&seed=7&size=100');
    expect(withDemoParams('/compare?ids=a,b&demo&seed=1#top', params)).toBe(
      '/compare?demo&seed=7&size=100&ids=a%2Cb#top',
    );
    expect(withDemoParams('/', DEFAULT_DEMO_PARAMS)).toBe('/?demo');
  });

  it('leaves external links alone and adds nothing when demo mode is off', () => {
    expect(withDemoParams('https://www.beijing.gov.cn/', params)).toBe(
      'https://www.beijing.gov.cn/',
    );
    expect(withDemoParams('//cdn.example/x', params)).toBe('//cdn.example/x');
    expect(withDemoParams('/compare', null)).toBe('/compare');
  });

  it('round-trips: what it writes parses back to the same params', () => {
    expect(parseDemoParams(withDemoParams('/x?plan=p', params).split('?')[1]!)).toEqual(params);
  });
});

describe(withoutDemoParams, () => {
  it('drops every demo param and keeps the view', () => {
    expect(withoutDemoParams('/?demo&seed=7&lang=en&fault=slow#a')).toBe('/?lang=en#a');
    expect(withoutDemoParams('/?demo')).toBe('/');
  });
});

describe(demoLabel, () => {
  it('names simulated data in each language', () => {
    expect(demoLabel('zh')).toBe('模拟数据');
    expect(demoLabel('en')).toBe('Simulated data');
  });
});

describe('demo generator helpers', () => {
  it('mulberry32 repeats exactly for a seed and stays within [0, 1)', () => {
    const a = mulberry32(DEFAULT_DEMO_SEED);
    const b = mulberry32(DEFAULT_DEMO_SEED);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('rounds to the unit: rates to 0.1 pt within 0–100, large counts to tens or hundreds', () => {
    expect(roundFor('percent', 90, 56.34)).toBe(56.3);
    expect(roundFor('percent', 90, 100.4)).toBe(100);
    expect(roundFor('count', 280_000, 123_456)).toBe(123_500);
    expect(roundFor('count', 18_000, 12_345)).toBe(12_350);
    expect(roundFor('count', 300, -2)).toBe(0);
  });

  it('lists month ends after a day up to another', () => {
    expect(monthEnds('2024-01-01', '2024-04-15')).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
    ]);
    expect(monthEnds('2024-01-31', '2024-01-31')).toEqual([]);
    // Across a year end, into a February of a common year.
    expect(monthEnds('2024-11-30', '2025-02-28')).toEqual([
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
    ]);
  });

  it('counts the days of a month by the Gregorian leap rule', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28); // divisible by 100, not by 400
    expect(daysInMonth(2000, 2)).toBe(29); // divisible by 400
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});
