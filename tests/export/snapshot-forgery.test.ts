// @vitest-environment node
// Issue 24: a real snapshot edited and resealed (checksum recomputed) must not be called
// consistent with the published data, whatever field was edited; each difference is named by
// indicator (or source, plan, series) and field, old → new.
import { describe, expect, it } from 'vitest';
import type { Catalog, Indicator } from '../../src/domain/dataset/schema';
import { createSnapshot, snapshotSchema } from '../../src/domain/exports/snapshot';
import { verifyAgainst } from '../../src/domain/exports/snapshot-verify';
import { readArchive } from '../../scripts/lib/dataset-archive';
import { realApiData } from '../utils/real-api';

type Data = { catalog: Catalog; indicators: Indicator[] };

const VIEW = { plan: null, category: null, status: null, q: '', ids: [] };
const archived = () => {
  const version = readArchive().find((v) => v.hash === realApiData().catalog.datasetHash);
  if (!version) throw new Error('the current dataset is not archived: npm run data:archive');
  return version;
};

/** The real data edited, resealed with a fresh SHA-256, and read back through the schema. */
async function forged(edit: (data: Data) => void) {
  const data = structuredClone(realApiData()) as Data;
  edit(data);
  const snapshot = await createSnapshot({
    createdAt: '2026-11-24T02:00:00.000Z',
    asOf: '2026-11-24',
    simulated: false,
    path: '/',
    view: VIEW,
    catalog: data.catalog,
    indicators: data.indicators,
  });
  return verifyAgainst(snapshotSchema.parse(snapshot), archived());
}

const indicator = (data: Data, id: string) => data.indicators.find((i) => i.id === id)!;
const source = (data: Data, kind: string) => data.catalog.sources.find((s) => s.kind === kind)!;
const STUDIOS = 'worker-innovation-studios';

/** The verdict is "differs" and lists this field, old → new. */
async function expectNamed(edit: (data: Data) => void, difference: Record<string, unknown>) {
  const result = await forged(edit);
  expect(result.state).toBe('differs');
  if (result.state !== 'differs') return;
  expect(result.fieldDifferences).toContainEqual(expect.objectContaining(difference));
}

describe('a forged real snapshot with a recomputed checksum', () => {
  it('is consistent when nothing was edited, having checked every shown field', async () => {
    const result = await forged(() => {});
    expect(result).toMatchObject({ state: 'consistent' });
    if (result.state === 'consistent') expect(result.fields).toBeGreaterThan(1000);
  });

  it('measure: the studios counted in 万家 ("ten-thousand studios")', () =>
    expectNamed(
      (d) => {
        indicator(d, STUDIOS).measure = { zh: '万家', en: 'ten-thousand studios' };
      },
      { of: 'indicator', id: STUDIOS, field: 'measure.zh', snapshot: '万家', published: '家' },
    ));

  it('unit: the 90% rate turned into a count of firms', () =>
    expectNamed(
      (d) => {
        const rate = indicator(d, 'collective-contract-rate-100plus');
        rate.unit = 'count';
        rate.measure = { zh: '家', en: 'firms' };
      },
      {
        of: 'indicator',
        id: 'collective-contract-rate-100plus',
        field: 'unit',
        snapshot: 'count',
        published: 'percent',
      },
    ));

  it('name: two indicators swap names ("Worker homes ≥ 8,000")', async () => {
    const studios = realApiData().indicators.find((i) => i.id === STUDIOS)!.name;
    const homes = realApiData().indicators.find((i) => i.id === 'worker-homes')!.name;
    await expectNamed(
      (d) => {
        indicator(d, STUDIOS).name = homes;
        indicator(d, 'worker-homes').name = studios;
      },
      { of: 'indicator', id: STUDIOS, field: 'name.en', snapshot: homes.en, published: studios.en },
    );
  });

  it('comparator: a target flipped from ≥ to ≤ (and its direction) is listed', async () => {
    const result = await forged((d) => {
      const studios = indicator(d, STUDIOS);
      studios.target.comparator = 'lte';
      studios.direction = 'decrease';
      delete studios.baseline;
    });
    expect(result.state).toBe('differs');
    if (result.state === 'differs')
      expect(result.differences).toContainEqual(
        expect.objectContaining({
          id: STUDIOS,
          kind: 'target',
          snapshot: { value: 8000, comparator: 'lte' },
          published: { value: 8000, comparator: 'gte' },
        }),
      );
    if (result.state === 'differs')
      expect(result.fieldDifferences).toContainEqual(
        expect.objectContaining({
          field: 'direction',
          snapshot: 'decrease',
          published: 'increase',
        }),
      );
  });

  it('deadline: a target due a year later', () =>
    expectNamed(
      (d) => {
        indicator(d, STUDIOS).target.deadline = '2026-12-31';
      },
      {
        of: 'indicator',
        id: STUDIOS,
        field: 'target.deadline',
        snapshot: '2026-12-31',
        published: '2025-12-31',
      },
    ));

  it('note: an indicator note rewritten', () =>
    expectNamed(
      (d) => {
        indicator(d, STUDIOS).note = { zh: '已提前完成。', en: 'Already met.' };
      },
      { of: 'indicator', id: STUDIOS, field: 'note.zh', snapshot: '已提前完成。' },
    ));

  it('quote: the target quote says 9000 while the value stays 8000', async () => {
    const published = realApiData().indicators.find((i) => i.id === STUDIOS)!.target.citation.quote;
    const quote = published.replace('8000', '9000');
    expect(quote).not.toBe(published);
    await expectNamed(
      (d) => {
        indicator(d, STUDIOS).target.citation.quote = quote;
      },
      { of: 'indicator', id: STUDIOS, field: 'target.citation.quote', snapshot: quote, published },
    );
  });

  const SOURCE_EDITS: [string, string, (d: Data) => { id: string; published: unknown }][] = [
    ['title', 'title.zh', (d) => edit(source(d, 'official'), 'title', 'zh', '伪造的标题')],
    ['publisher', 'publisher.en', (d) => edit(source(d, 'official'), 'publisher', 'en', 'Forged')],
    [
      'outlet',
      'originalOutlet.zh',
      (d) => edit(source(d, 'repost'), 'originalOutlet', 'zh', '新华社'),
    ],
    [
      'URL',
      'url',
      (d) => {
        const s = source(d, 'official');
        const published = s.url;
        s.url = 'https://beijing-gov.example/login?next=verify';
        return { id: s.id, published };
      },
    ],
    [
      'kind',
      'kind',
      (d) => {
        const s = source(d, 'media');
        s.kind = 'official';
        return { id: s.id, published: 'media' };
      },
    ],
    [
      'date',
      'date',
      (d) => {
        const s = source(d, 'official');
        const published = s.date;
        s.date = '2020-01-01';
        return { id: s.id, published };
      },
    ],
  ];
  function edit(
    s: Catalog['sources'][number],
    key: 'title' | 'publisher' | 'originalOutlet',
    lang: 'zh' | 'en',
    text: string,
  ) {
    const published = s[key]![lang];
    s[key] = { ...s[key]!, [lang]: text };
    return { id: s.id, published };
  }

  it.each(SOURCE_EDITS)('source %s: edited on one source', async (_, field, change) => {
    let named = { id: '', published: undefined as unknown };
    const result = await forged((d) => {
      named = change(d);
    });
    expect(result.state).toBe('differs');
    if (result.state === 'differs')
      expect(result.fieldDifferences).toContainEqual(
        expect.objectContaining({ of: 'source', id: named.id, field, published: named.published }),
      );
  });

  it('series year: a year moved to the next one (span widened to match)', async () => {
    const series = realApiData().catalog.series.find((s) =>
      s.years.some((y) => !y.actual && !y.reports && !s.years.some((z) => z.year === y.year + 1)),
    )!;
    const entry = series.years.findIndex(
      (y) => !y.actual && !y.reports && !series.years.some((z) => z.year === y.year + 1),
    );
    const year = series.years[entry]!.year;
    await expectNamed(
      (d) => {
        const s = d.catalog.series.find((x) => x.id === series.id)!;
        s.years[entry]!.year = year + 1;
        s.span.last = Math.max(s.span.last, year + 1);
      },
      {
        of: 'series',
        id: series.id,
        field: `years[${entry}].year`,
        snapshot: year + 1,
        published: year,
      },
    );
  });

  it('plan: a plan issuer rewritten', () =>
    expectNamed(
      (d) => {
        d.catalog.plans[0]!.issuer.zh = '国务院';
      },
      {
        of: 'plan',
        id: realApiData().catalog.plans[0]!.id,
        field: 'issuer.zh',
        snapshot: '国务院',
        published: realApiData().catalog.plans[0]!.issuer.zh,
      },
    ));
});

describe('a version archived with figures only', () => {
  const figuresOnly = () => {
    const version = structuredClone(archived());
    delete version.content;
    return version;
  };

  it('checks values only and names what it left unchecked, never plain consistent', async () => {
    const snapshot = await createSnapshot({
      createdAt: '2026-11-24T02:00:00.000Z',
      asOf: '2026-11-24',
      simulated: false,
      path: '/',
      view: VIEW,
      ...realApiData(),
    });
    const result = verifyAgainst(snapshot, figuresOnly());
    expect(result.state).toBe('values_only');
    if (result.state === 'values_only')
      expect(result.unchecked).toEqual(expect.arrayContaining(['names', 'quotes', 'sources']));
  });
});
