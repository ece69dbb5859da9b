// A copy of data/ for a test that writes, with a series year taken out so that the test can add
// it as a year the series lacks, whatever data/ holds by then (new-urban-jobs 2025 came in with
// PUBLIC-FACTS L5). A source only that year cited stays: data:check does not ask that every
// source be cited.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function copyDataWithoutYear(dataDir: string, series: string, year: number): void {
  cpSync('data', dataDir, { recursive: true });
  const file = path.join(dataDir, 'series', `${series}.json`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as { years: { year: number }[] };
  json.years = json.years.filter((y) => y.year !== year);
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}
