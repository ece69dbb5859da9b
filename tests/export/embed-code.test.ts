// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedTargetOf, embedUrl } from '../../src/domain/exports/embed-code';

describe(embedTargetOf, () => {
  it('embeds the indicator or series page in view, or the plan the overview is filtered to', () => {
    expect(embedTargetOf('/indicator/worker-homes', null)).toEqual({
      kind: 'indicator',
      id: 'worker-homes',
    });
    expect(embedTargetOf('/series/new-jobs', null)).toEqual({ kind: 'series', id: 'new-jobs' });
    expect(embedTargetOf('/', 'plan-a')).toEqual({ kind: 'plan', id: 'plan-a' });
  });

  it('has nothing to embed on the unfiltered overview, compare or the briefing', () => {
    expect(embedTargetOf('/', null)).toBeNull();
    expect(embedTargetOf('/compare', 'plan-a')).toBeNull();
    expect(embedTargetOf('/report', null)).toBeNull();
  });
});

describe(embedUrl, () => {
  const target = { kind: 'indicator', id: 'worker-homes' } as const;
  it('keeps a non-default language, the as-of date and demo mode', () => {
    expect(embedUrl('https://x.org', target, { lang: null, asOf: null, demo: false })).toBe(
      'https://x.org/embed/indicator/worker-homes',
    );
    expect(embedUrl('https://x.org', target, { lang: 'en', asOf: '2025-01-15', demo: true })).toBe(
      'https://x.org/embed/indicator/worker-homes?demo&lang=en&asOf=2025-01-15',
    );
  });
});

describe(embedSnippet, () => {
  it('is a lazy iframe with a title, escaped, and a height for its kind', () => {
    expect(embedSnippet('https://x.org/embed/plan/a?demo&lang=en', 'A "plan" <b>', 'plan')).toBe(
      '<iframe src="https://x.org/embed/plan/a?demo&amp;lang=en" title="A &quot;plan&quot; &lt;b&gt;" ' +
        'loading="lazy" width="100%" height="560" style="border:0;max-width:760px"></iframe>',
    );
  });
});
