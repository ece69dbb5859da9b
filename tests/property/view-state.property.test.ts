// @vitest-environment node
// Pasted links are untrusted input: parsing any query string must never throw, must fall back
// to defaults for anything it does not understand, and valid states must survive a round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, idSchema, isCalendarDate } from '../../src/domain/dataset/schema';
import { STATUS_ORDER } from '../../src/domain/evaluation/status';
import { parseCompareId } from '../../src/domain/presentation/compare-ids';
import { LANGUAGES } from '../../src/lib/i18n/index';
import {
  DEFAULT_VIEW,
  futureAsOf,
  MAX_QUERY_LENGTH,
  MAX_SELECTED,
  parseViewState,
  rejectedAsOf,
  serializeViewState,
  type ViewState,
} from '../../src/lib/view-state';

const RUNS = { numRuns: 1000 };
/** A "today" after every valid date, so the round trips below keep any as-of date. */
const LAST_DAY = '2100-12-31';
const KEYS = ['plan', 'category', 'status', 'q', 'asOf', 'ids', 'lang', 'demo'];

const validId = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const validDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString().slice(0, 10));
const validView: fc.Arbitrary<ViewState> = fc.record({
  plan: fc.option(validId, { nil: null }),
  category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
  status: fc.option(fc.constantFrom(...STATUS_ORDER), { nil: null }),
  q: fc.string({ unit: 'grapheme', maxLength: 60 }).filter((q) => q.length <= MAX_QUERY_LENGTH),
  asOf: fc.option(validDate, { nil: null }),
  ids: fc.uniqueArray(
    fc.oneof(
      validId,
      validId.map((id) => `series:${id}`),
    ),
    { maxLength: MAX_SELECTED },
  ),
  lang: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
  demo: fc.boolean(),
});

// Raw text as a user might paste it: any code unit (lone surrogates too), percent junk,
// and query strings made of known and unknown keys with random values.
const junkText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom('%', '&', '=', '?', '#', '+', ',', 'E', '0', 'a'),
    maxLength: 60,
  }),
);
const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), junkText), junkText);
const looseQuery = fc
  .array(pair, { maxLength: 8 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`);
const anySearch = fc.oneof(
  junkText,
  looseQuery,
  fc.webQueryParameters().map((q) => `?${q}`),
);

const isValidId = (v: string) => idSchema.safeParse(v).success;
/** On /compare an id is an indicator's or "series:" and a series'. */
const isCompareId = (v: string) => parseCompareId(v) !== null;

describe('parseViewState on random input', () => {
  it('never throws and only ever returns defaults or valid values', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const view = parseViewState(search);
        expect(view.plan === null || isValidId(view.plan)).toBe(true);
        expect(view.category === null || CATEGORIES.includes(view.category)).toBe(true);
        expect(view.status === null || STATUS_ORDER.includes(view.status)).toBe(true);
        expect(view.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(view.asOf === null || isCalendarDate(view.asOf)).toBe(true);
        expect(view.ids.length).toBeLessThanOrEqual(MAX_SELECTED);
        expect(new Set(view.ids).size).toBe(view.ids.length);
        expect(view.ids.every(isCompareId)).toBe(true);
        expect(view.lang === null || LANGUAGES.includes(view.lang)).toBe(true);
        expect(typeof view.demo).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('returns exactly the defaults when no key is one it knows', () => {
    const unknownKey = fc.string({ maxLength: 20 }).filter((k) => !KEYS.includes(k));
    const query = fc
      .array(fc.tuple(unknownKey, fc.string({ maxLength: 30 })), { maxLength: 8 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(query, (search) => {
        expect(parseViewState(search)).toEqual(DEFAULT_VIEW);
      }),
      RUNS,
    );
  });

  it('falls back to the default for every known key given a bad value', () => {
    const badFor = {
      plan: fc.string({ maxLength: 20 }).filter((v) => !isValidId(v)),
      category: fc
        .string({ maxLength: 20 })
        .filter((v) => !(CATEGORIES as readonly string[]).includes(v)),
      status: fc
        .string({ maxLength: 20 })
        .filter((v) => !(STATUS_ORDER as readonly string[]).includes(v)),
      asOf: fc.oneof(
        fc.string({ maxLength: 12 }).filter((v) => !isCalendarDate(v)),
        fc.constantFrom('2025-02-30', '1999-12-31', '2101-01-01', '2026-1-5', '20260105'),
      ),
      ids: fc
        .array(
          fc.string({ maxLength: 10 }).filter((v) => !v.includes(',') && !isCompareId(v.trim())),
        )
        .map((a) => a.join(',')),
      lang: fc
        .string({ maxLength: 5 })
        .filter((v) => !(LANGUAGES as readonly string[]).includes(v)),
    };
    fc.assert(
      fc.property(fc.record(badFor), (bad) => {
        expect(parseViewState(`?${new URLSearchParams(bad)}`)).toEqual(DEFAULT_VIEW);
      }),
      RUNS,
    );
  });

  it('is stable: what it parsed, written back and read again, is unchanged', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const view = parseViewState(search);
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      RUNS,
    );
  });
  // q is cut at MAX_QUERY_LENGTH UTF-16 units; the cut must never leave half an emoji.
  it('keeps a long search with emoji stable across a round trip', () => {
    const longQ = fc.string({
      unit: fc.constantFrom('a', '中', '😀'),
      minLength: 90,
      maxLength: 130,
    });
    fc.assert(
      fc.property(longQ, (q) => {
        const view = parseViewState(`?q=${encodeURIComponent(q)}`);
        expect(parseViewState(serializeViewState(view))).toEqual(view);
      }),
      RUNS,
    );
  });
});

describe('serializeViewState → parseViewState', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(validView, (view) => {
        expect(parseViewState(serializeViewState(view), LAST_DAY)).toEqual(view);
      }),
      RUNS,
    );
  });

  it('writes nothing for the defaults and is deterministic', () => {
    expect(serializeViewState(DEFAULT_VIEW)).toBe('');
    fc.assert(
      fc.property(validView, (view) => {
        const text = serializeViewState(view);
        expect(serializeViewState(parseViewState(text, LAST_DAY))).toBe(text);
      }),
      RUNS,
    );
  });
});

describe(rejectedAsOf, () => {
  it.each([
    ['?asOf=2025-13-01', '2025-13-01'],
    ['?asOf=0000-01-01', '0000-01-01'],
    ['?plan=x&asOf=abc', 'abc'],
    ['?asOf=2025-02-29', '2025-02-29'],
    ['?asOf=1999-12-31', '1999-12-31'],
  ])('names the date %s carries but the view drops', (search, bad) => {
    expect(parseViewState(search).asOf).toBeNull();
    expect(rejectedAsOf(search)).toBe(bad);
  });

  it.each(['', '?plan=x', '?asOf=', '?asOf=2024-02-29', '?asOf=2100-12-31'])(
    'is null for %j (no date, an empty one, or one the view uses)',
    (search) => {
      expect(rejectedAsOf(search)).toBeNull();
    },
  );
});

describe(futureAsOf, () => {
  const today = '2026-11-25';

  it.each([
    ['?asOf=2026-11-26', '2026-11-26'],
    ['?plan=x&asOf=2099-01-01', '2099-01-01'],
    ['?asOf=2100-12-31', '2100-12-31'],
  ])('names the date %s carries after today, which the view reads as today', (search, date) => {
    expect(futureAsOf(search, today)).toBe(date);
    expect(parseViewState(search, today).asOf).toBeNull();
    // Not unreadable: the notice says "not come yet", not "invalid".
    expect(rejectedAsOf(search)).toBeNull();
  });

  it.each(['', '?asOf=', '?asOf=2026-11-25', '?asOf=2024-02-29', '?asOf=2099-13-01', '?asOf=abc'])(
    'is null for %j (no date, today or earlier, or one that is not a date at all)',
    (search) => {
      expect(futureAsOf(search, today)).toBeNull();
    },
  );

  it('keeps today itself and any earlier day', () => {
    expect(parseViewState('?asOf=2026-11-25', today).asOf).toBe('2026-11-25');
    expect(parseViewState('?asOf=2000-01-01', today).asOf).toBe('2000-01-01');
  });

  it('drops exactly the days after today, whatever today is', () => {
    fc.assert(
      fc.property(validDate, validDate, (asOf, day) => {
        const view = parseViewState(`?asOf=${asOf}`, day);
        expect(view.asOf).toBe(asOf <= day ? asOf : null);
        expect(futureAsOf(`?asOf=${asOf}`, day)).toBe(asOf > day ? asOf : null);
      }),
      RUNS,
    );
  });
});
