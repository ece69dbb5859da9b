import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_FRAME_NAME } from '../../src/lib/export/frame-name';
import { primeFromSeed, readFrameSeed, seedFrame } from '../../src/lib/export/frame-seed';

afterEach(() => {
  window.name = '';
});

describe('the page image frame seed', () => {
  it('carries only loaded queries, with their data and time', () => {
    const page = new QueryClient();
    page.setQueryData(['catalog'], { plans: ['p1'] }, { updatedAt: 1000 });
    page.getQueryCache().build(page, { queryKey: ['indicators', 'list'] }); // never loaded
    const frame = document.createElement('iframe');
    seedFrame(frame, page);
    const seed = (frame as unknown as Record<string, unknown>).__planTrackerExportSeed;
    expect(seed).toEqual([{ queryKey: ['catalog'], data: { plans: ['p1'] }, updatedAt: 1000 }]);
  });

  it('fills the frame cache, fresh for ever, so nothing is fetched again', () => {
    const frame = new QueryClient({ defaultOptions: { queries: { retry: 3 } } });
    primeFromSeed(frame, [{ queryKey: ['catalog'], data: { plans: ['p1'] }, updatedAt: 1000 }]);
    expect(frame.getQueryData(['catalog'])).toEqual({ plans: ['p1'] });
    expect(frame.getQueryState(['catalog'])?.dataUpdatedAt).toBe(1000);
    const options = frame.getDefaultOptions().queries;
    expect(options?.staleTime).toBe(Infinity);
    expect(options?.refetchOnMount).toBe(false);
    expect(options?.retry).toBe(3); // the rest kept
  });

  it('is read only inside the export frame', () => {
    // jsdom's top window has no frame element: no seed, whatever its name.
    expect(readFrameSeed()).toBeNull();
    window.name = EXPORT_FRAME_NAME;
    expect(readFrameSeed()).toBeNull();
  });
});
