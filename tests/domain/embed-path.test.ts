// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedChartOf, isEmbedPath } from '../../src/domain/presentation/embed-path';

describe(embedChartOf, () => {
  it('names the chart of /embed/<kind>/<id>', () => {
    expect(embedChartOf('/embed/indicator/worker-homes')).toEqual({
      kind: 'indicator',
      id: 'worker-homes',
    });
    expect(embedChartOf('/embed/plan/p-1')).toEqual({ kind: 'plan', id: 'p-1' });
    expect(embedChartOf('/embed/series/old-compound-starts')?.kind).toBe('series');
  });

  it.each([
    '/embed/x/y/z',
    '/embed/indicator/worker-homes/extra',
    '/embed/indicator/worker-homes/',
    '/embed/chart/worker-homes',
    '/embed/indicator/Bad Id',
    '/embed/',
    '/embed//indicator/worker-homes',
  ])('names no chart for %s', (path) => {
    expect(isEmbedPath(path)).toBe(true);
    expect(embedChartOf(path)).toBeNull();
  });

  it('counts only paths under /embed/ as embeds', () => {
    expect(isEmbedPath('/embed')).toBe(false);
    expect(isEmbedPath('/embedded')).toBe(false);
    expect(isEmbedPath('/import')).toBe(false);
  });
});
