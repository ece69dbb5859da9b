// Test-only variants of the curated data. These observations are invented FOR TESTS and
// never reach data/: they let a test drive statuses that the real dataset cannot show yet.
import type { ApiData } from '../../mocks/api-handlers';
import type { Observation } from '../../src/domain/dataset/schema';
import { realApiData } from './real-api';

const testCitation = { source: 'test-fixture', quote: 'test' };

/** The real catalog and indicators, with the given observations added to named indicators. */
export function withObservations(extra: Record<string, [date: string, value: number][]>): ApiData {
  const base = realApiData();
  return {
    catalog: base.catalog,
    indicators: base.indicators.map((indicator) => {
      const rows = extra[indicator.id];
      if (!rows) return indicator;
      const observations: Observation[] = rows.map(([date, value]) => ({
        date,
        value,
        citation: testCitation,
      }));
      return { ...indicator, observations };
    }),
  };
}
