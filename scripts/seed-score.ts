// `npx tsx scripts/seed-score.ts [--all]`: scores the extractor on the seed key and prints, per seed,
// the key rows it misses and the proposals that match no row (with --all, every proposal).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../src/domain/curation/extract';
import { SEED_KEY } from '../tests/curation/seed-key';
import { scoreSeed } from '../tests/curation/score';

const dates = new Map<string, string>(
  (JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: { seedFile?: string; date: string }[] }).sources.flatMap(
    (s) => (s.seedFile ? [[s.seedFile, s.date] as [string, string]] : []),
  ),
);
const all = process.argv.includes('--all');
const line = (s: string) => s.replace(/\s+/g, '');
let found = 0;
let rows = 0;
let correct = 0;
let proposals = 0;
for (const seed of [...new Set(SEED_KEY.map((r) => r.seed))]) {
  const text = readFileSync(path.resolve('../shared/seeds', seed), 'utf8');
  const { candidates } = extractClaims(text, { date: dates.get(seed) ?? null });
  const s = scoreSeed(seed, text, SEED_KEY, candidates);
  found += s.found;
  rows += s.keyRows;
  correct += s.correct;
  proposals += s.proposals;
  console.log(`${seed}: recall ${s.found}/${s.keyRows}, precision ${s.correct}/${s.proposals}, duplicates ${s.duplicates}`);
  for (const r of s.missed) console.log(`  missed ${r.kind} ${r.year} ${r.value} 「${line(r.sentence)}」`);
  for (const c of all ? candidates : s.wrong)
    console.log(`  ${s.wrong.includes(c) ? 'wrong ' : 'ok    '} ${c.kind} ${c.year} ${c.value}${c.measure ?? (c.unit === 'percent' ? '%' : '')} ${c.comparator ?? ''} [${c.subject}] 「${line(c.quote)}」${c.quoteKey ? ` key=${c.quoteKey}` : ''}${c.problem ? ` !${c.problem}` : ''}${c.date ? ` @${c.date}` : ''}`);
}
console.log(`all: recall ${found}/${rows}, precision ${correct}/${proposals}`);
