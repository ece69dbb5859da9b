// Which pages the bench visits: the overview and one indicator page, the one with the most
// observations (so its chart has the most points to hover), unless --indicator names one.

export type BenchPage = { page: string; path: string; note?: string };

type Listed = { id: string };
type Detail = { id: string; observations?: unknown[] };

export async function pickIndicator(baseUrl: string, wanted?: string): Promise<BenchPage> {
  const listed = (await (await fetch(`${baseUrl}/api/indicators.json`)).json()) as Listed[];
  const details = await Promise.all(
    listed.map(
      async ({ id }) =>
        (await (await fetch(`${baseUrl}/api/indicators/${id}.json`)).json()) as Detail,
    ),
  );
  const count = (d: Detail) => d.observations?.length ?? 0;
  const named = wanted ? details.find((d) => d.id === wanted) : undefined;
  if (wanted && !named) throw new Error(`--indicator ${wanted}: no such indicator`);
  const chosen = named ?? details.reduce((best, d) => (count(d) > count(best) ? d : best));
  return {
    page: 'indicator',
    path: `/indicator/${chosen.id}`,
    note: `${count(chosen)} observations${named ? '' : `, the most of the ${details.length} indicators`}`,
  };
}

export const OVERVIEW: BenchPage = { page: 'overview', path: '/' };
