// Turns one accepted candidate, and what the curator chose for it (the indicator or series year it
// belongs to, or a new indicator), into an entry of the curation update file. What the text
// cannot give (an English name, an id, a category; a comparator or a date the sentence does not
// state) is named, not guessed, so /curate can ask for it and data:extract can report it.
import { idSchema, type Category, type Localized, type Measure } from '../dataset/schema.ts';
import { L } from '../reporting/report-row.ts';
import type { Candidate } from './candidate.ts';
import type { CurationEntry } from './update-file.ts';

export type EntryTarget =
  | {
      kind: 'indicator';
      plan: string;
      indicator: string;
      as: 'observation' | 'reference';
      label?: Localized;
    }
  | { kind: 'series'; series: string; year: number; plan?: string }
  | {
      kind: 'new-indicator';
      plan: string;
      id?: string;
      /** zh defaults to the candidate's subject; en must be given. */
      name?: Localized;
      category?: Category;
      /** A count's measure word: zh defaults to the candidate's, en must be given. */
      measure?: Measure;
    };

export interface EntryChoice {
  /** Possibly edited by the curator. */
  candidate: Candidate;
  /** The id of the source the quote is from. */
  source: string;
  target: EntryTarget;
}

export interface MissingField {
  field: string;
  what: Localized;
}

export type CandidateEntry =
  { ok: true; entry: CurationEntry } | { ok: false; missing: MissingField[] };

const citationOf = ({ candidate, source }: EntryChoice) => ({
  source,
  quote: candidate.quote,
  ...(candidate.quoteKey ? { quoteKey: candidate.quoteKey } : {}),
});

const NEEDS_KIND = L('数字类型：目标还是实际完成', 'the kind: a target or an actual');

/** The update-file entry for a candidate, or the fields it still lacks. */
export function candidateEntry(choice: EntryChoice): CandidateEntry {
  const { candidate: c, target } = choice;
  const missing: MissingField[] = [];
  const need = (field: string, what: Localized) => missing.push({ field, what });
  const citation = citationOf(choice);
  let entry: CurationEntry | null = null;

  if (target.kind === 'indicator') {
    if (!c.date) need('date', L('数字截至的日期', 'the day the figure is as of'));
    if (target.as === 'reference' && !target.label)
      need('label', L('参考数字的标签（中英文）', 'a label for the reference figure (zh and en)'));
    if (c.date && target.as === 'observation')
      entry = {
        kind: 'indicator-observation',
        plan: target.plan,
        indicator: target.indicator,
        date: c.date,
        value: c.value,
        citation,
      };
    else if (c.date && target.label)
      entry = {
        kind: 'indicator-reference',
        plan: target.plan,
        indicator: target.indicator,
        label: target.label,
        date: c.date,
        value: c.value,
        unit: c.unit,
        citation,
      };
  } else if (target.kind === 'series') {
    const { series, year } = target;
    const plan = target.plan ? { plan: target.plan } : {};
    if (c.kind === 'target') {
      if (!c.comparator)
        need('comparator', L('比较方向（不少于/不超过）', 'the comparator (at least / at most)'));
      else
        entry = {
          kind: 'series-target',
          series,
          year,
          ...plan,
          value: c.value,
          comparator: c.comparator,
          citation,
        };
    } else if (c.kind === 'actual') {
      // A series actual is the whole year's figure: dated the year's last day unless the text says.
      const date = c.date ?? `${year}-12-31`;
      if (!date.startsWith(`${year}-`))
        need('date', L(`${year}年内的日期（现为 ${date}）`, `a date in ${year} (it is ${date})`));
      else entry = { kind: 'series-actual', series, year, date, value: c.value, citation };
    } else need('kind', NEEDS_KIND);
  } else {
    const id = target.id;
    const zh = target.name?.zh ?? c.subject;
    const en = target.name?.en;
    if (c.kind !== 'target')
      need(
        'kind',
        L(
          '新指标要从它的目标建立：类型须为目标',
          'a new indicator is built from its target: the kind must be target',
        ),
      );
    if (!id) need('id', L('指标编号（小写英文、数字和连字符）', 'an id (lower-case kebab-case)'));
    else if (!idSchema.safeParse(id).success)
      need(
        'id',
        L(`编号“${id}”须为小写英文、数字和连字符`, `the id "${id}" must be lower-case kebab-case`),
      );
    if (!zh) need('name.zh', L('中文名称', 'the Chinese name'));
    if (!en) need('name.en', L('英文名称', 'the English name'));
    if (!target.category) need('category', L('类别', 'a category'));
    if (!c.comparator)
      need('comparator', L('比较方向（不少于/不超过）', 'the comparator (at least / at most)'));
    if (!c.deadline) need('deadline', L('目标的截止日期', 'the target’s deadline'));
    const measureZh = target.measure?.zh ?? (c.unit === 'count' ? c.measure : null);
    if (measureZh && !target.measure?.en)
      need(
        'measure.en',
        L(`量词“${measureZh}”的英文`, `the English for the measure word "${measureZh}"`),
      );
    if (missing.length === 0 && id && zh && en && target.category && c.comparator && c.deadline) {
      const measure = measureZh
        ? { measure: { ...target.measure, zh: measureZh, en: target.measure!.en } }
        : {};
      entry = {
        kind: 'new-indicator',
        indicator: {
          id,
          plan: target.plan,
          name: { zh, en },
          category: target.category,
          unit: c.unit,
          ...measure,
          direction: c.comparator === 'gte' ? 'increase' : 'decrease',
          target: { value: c.value, comparator: c.comparator, deadline: c.deadline, citation },
          observations: [],
        },
      };
    }
  }
  return entry && missing.length === 0 ? { ok: true, entry } : { ok: false, missing };
}
