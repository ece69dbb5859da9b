// `npx tsx scripts/seed-score.ts [--all]`: scores the extractor on the seed key and prints, per seed,
// the key rows it misses and the proposals that match no row (with --all, every proposal).
import { scoreSeeds, totalScore } from '../tests/curation/seed-scores';

const all = process.argv.includes('--all');
const line = (s: string) => s.replace(/\s+/g, '');
const scored = scoreSeeds();
for (const { candidates, score: s } of scored) {
  console.log(
    `${s.seed}: recall ${s.found}/${s.keyRows}, precision ${s.correct}/${s.proposals}, duplicates ${s.duplicates}`,
  );
  for (const r of s.missed)
    console.log(`  missed ${r.kind} ${r.year} ${r.value} 「${line(r.sentence)}」`);
  for (const c of all ? candidates : s.wrong)
    console.log(
      `  ${s.wrong.includes(c) ? 'wrong ' : 'ok    '} ${c.kind} ${c.year} ${c.value}${c.measure ?? (c.unit === 'percent' ? '%' : '')} ${c.comparator ?? ''} [${c.subject}] 「${line(c.quote)}」${c.quoteKey ? ` key=${c.quoteKey}` : ''}${c.problem ? ` !${c.problem}` : ''}${c.date ? ` @${c.date}` : ''}`,
    );
}
const t = totalScore(scored);
console.log(`all: recall ${t.found}/${t.keyRows}, precision ${t.correct}/${t.proposals}`);
