// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  innerPathOf,
  outerUrlFor,
  outerUrlWithoutAt,
} from '../../src/features/snapshot/snapshot-location';

const START = '/?asOf=2025-01-15';

describe('the page inside a snapshot, kept in /snapshot?at=', () => {
  it('starts where the snapshot was taken', () => {
    expect(innerPathOf('', START)).toBe(START);
    expect(innerPathOf('lang=en', START)).toBe(START);
  });

  it('round-trips a page with its own query, keeping the other parameters', () => {
    const url = outerUrlFor('lang=en&demo', '/indicator/x?asOf=2025-01-15&ids=a,b');
    expect(url).toBe(
      '/snapshot?lang=en&demo=&at=%2Findicator%2Fx%3FasOf%3D2025-01-15%26ids%3Da%2Cb',
    );
    expect(innerPathOf(url.split('?')[1]!, START)).toBe('/indicator/x?asOf=2025-01-15&ids=a,b');
  });

  it('ignores an `at` that is not an app path', () => {
    for (const at of ['https://evil.example/', '//evil.example', 'indicator/x', ''])
      expect(innerPathOf(`at=${encodeURIComponent(at)}`, START)).toBe(START);
  });

  it('drops `at` when a snapshot is opened or closed', () => {
    expect(outerUrlWithoutAt('lang=en&at=%2Fcompare')).toBe('/snapshot?lang=en');
    expect(outerUrlWithoutAt('at=%2Fcompare')).toBe('/snapshot');
  });
});
