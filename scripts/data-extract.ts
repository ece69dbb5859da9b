// `npm run data:extract -- <file.txt|.html|.docx|.pdf> [--json] [--date YYYY-MM-DD] [--title …]
// [--data-dir data]`: proposes every target and reported figure of a document, each with the
// clause that states it, matched to an existing indicator or series year or marked "new".
// DOCX is read with mammoth, PDF with pdf.js (wrapped lines joined), both only for their format;
// a refused document (over 5 MB, no text, damaged) exits 1 with one line naming the file.
// Reads only; writing accepted candidates into data/ (--write) comes later.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sizeRefusal } from '../src/domain/curation/document-input';
import { extractClaims } from '../src/domain/curation/extract';
import { matchCandidate, type KnownEntry } from '../src/domain/curation/match';
import { readDocument } from '../src/lib/curation/read-document';

function option(args: string[], name: string): string | null {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : null;
}

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.match(/^--(date|title|data-dir)$/));
if (!file) {
  console.error('usage: npm run data:extract -- <file.txt|.html|.docx|.pdf> [--json] [--date YYYY-MM-DD] [--title <title>] [--data-dir <dir>]');
  process.exit(2);
}
let size: number;
try {
  size = statSync(file).size;
} catch {
  console.error(`${file}: no such file`);
  process.exit(1);
}
const name = path.basename(file);
// Refuse a large file by its size before reading it into memory.
const input = sizeRefusal(name, size) ?? (await readDocument(name, readFileSync(file)));
if (!input.ok) {
  console.error(input.message);
  process.exit(1);
}
const date = option(args, '--date');
if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`--date ${date}: expected YYYY-MM-DD`);
  process.exit(2);
}
const { meta, candidates } = extractClaims(input.text, { date, title: option(args, '--title') });
const entries = knownEntries(option(args, '--data-dir') ?? 'data');
const matched = candidates.map((c) => ({ ...c, match: matchCandidate(c, entries) }));
// Said on stderr, so --json still prints its (empty) array alone.
if (matched.length === 0)
  console.error(`${name}: no figures found (no target or reported figure; dates, phone numbers and document numbers are not figures)`);

if (args.includes('--json')) {
  console.log(JSON.stringify(matched, null, 2));
} else {
  console.log(`${meta.title ?? name} · ${meta.date ?? '日期未知 (--date)'}${meta.outlet ? ` · 来源 ${meta.outlet}` : ''}`);
  for (const c of matched) {
    const cmp = c.comparator === 'gte' ? '≥' : c.comparator === 'lte' ? '≤' : '';
    const unit = c.unit === 'percent' ? '%' : (c.measure ?? '');
    console.log(`${c.kind.padEnd(6)} ${c.year ?? '----'} ${cmp}${c.value}${unit}  ${c.subject ?? ''}  「${c.quote.replace(/\s+/g, '')}」 → ${c.match}`);
  }
  console.log(`${matched.length} candidates`);
}

/** The dataset's indicators and series years, for matching; nothing of it is written. */
function knownEntries(dir: string): KnownEntry[] {
  const entries: KnownEntry[] = [];
  const json = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
  type Named = { id: string; name: { zh: string }; unit: string; measure?: { zh: string } };
  try {
    for (const f of readdirSync(path.join(dir, 'plans'))) {
      const plan = json(path.join(dir, 'plans', f)) as { indicators?: (Named & { target?: { deadline?: string } })[] };
      for (const i of plan.indicators ?? [])
        entries.push({ ref: `indicator:${i.id}`, name: i.name.zh, unit: i.unit, measure: i.measure?.zh ?? null, year: i.target?.deadline ? Number(i.target.deadline.slice(0, 4)) : null });
    }
    for (const f of readdirSync(path.join(dir, 'series'))) {
      const s = json(path.join(dir, 'series', f)) as Named & { years?: { year: number }[] };
      for (const y of s.years ?? [])
        entries.push({ ref: `series:${s.id}:${y.year}`, name: s.name.zh, unit: s.unit, measure: s.measure?.zh ?? null, year: y.year });
    }
  } catch {
    // No dataset at hand: every candidate is "new".
  }
  return entries;
}
