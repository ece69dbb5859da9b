// From the curator's decisions on /curate to a pt-curation-v1 update: the source (an existing one,
// or a new one from the document's details) and one entry per accepted candidate, or, for each
// candidate that cannot be an entry yet, what still has to be filled in. Pure.
import { sourceSchema, type Localized, type Source } from '../dataset/schema.ts';
import { L } from '../reporting/report-row.ts';
import type { Candidate } from './candidate.ts';
import { candidateEntry, type EntryTarget, type MissingField } from './candidate-entry.ts';
import { CURATION_FORMAT, type CurationEntry, type CurationUpdate } from './update-file.ts';

export type DecisionState = 'open' | 'accepted' | 'rejected';

export interface Decision {
  state: DecisionState;
  /** The candidate as the curator left it (edited or not). */
  candidate: Candidate;
  /** Where it belongs; null until chosen (a candidate matched to nothing). */
  target: EntryTarget | null;
}

/** What the curator typed about the document (the page's source form). */
export interface SourceForm {
  id: string;
  titleZh: string;
  titleEn: string;
  publisherZh: string;
  publisherEn: string;
  date: string;
  url: string;
  kind: 'official' | 'media' | 'repost';
  outletZh: string;
  outletEn: string;
}

export type SourceResult = { ok: true; source: Source } | { ok: false; missing: MissingField[] };

/** The new source the form describes, or what it still lacks (checked by the dataset's schema). */
export function sourceFromForm(form: SourceForm): SourceResult {
  const missing: MissingField[] = [];
  const need = (field: string, what: Localized) => missing.push({ field, what });
  const text = (s: string) => s.trim();
  if (!text(form.id))
    need('id', L('来源编号（小写英文、数字和连字符）', 'a source id (lower-case kebab-case)'));
  if (!text(form.titleZh)) need('title.zh', L('标题', 'the title'));
  if (!text(form.titleEn)) need('title.en', L('英文标题', 'the English title'));
  if (!text(form.publisherZh)) need('publisher.zh', L('发布者', 'the publisher'));
  if (!text(form.publisherEn))
    need('publisher.en', L('发布者的英文名', 'the publisher in English'));
  if (!text(form.date)) need('date', L('发布日期', 'the publication date'));
  if (form.kind === 'repost' && (!text(form.outletZh) || !text(form.outletEn)))
    need(
      'originalOutlet',
      L('转载所注明的原始媒体（中英文）', 'the original outlet a repost credits (zh and en)'),
    );
  if (missing.length > 0) return { ok: false, missing };
  const source = {
    id: text(form.id),
    title: { zh: text(form.titleZh), en: text(form.titleEn) },
    publisher: { zh: text(form.publisherZh), en: text(form.publisherEn) },
    date: text(form.date),
    kind: form.kind,
    ...(form.kind === 'repost'
      ? { originalOutlet: { zh: text(form.outletZh), en: text(form.outletEn) } }
      : {}),
    ...(text(form.url) ? { url: text(form.url) } : {}),
  };
  const parsed = sourceSchema.safeParse(source);
  if (parsed.success) return { ok: true, source: parsed.data };
  return {
    ok: false,
    missing: parsed.error.issues.map((issue) => {
      const field = issue.path.join('.');
      return { field, what: L(`${field}：${issue.message}`, `${field}: ${issue.message}`) };
    }),
  };
}

export interface BuiltUpdate {
  /** null when no accepted candidate can be an entry yet, or the source is incomplete. */
  update: CurationUpdate | null;
  /** Per candidate index: what it still lacks (an accepted one with no target lacks the target). */
  missing: Map<number, MissingField[]>;
  /** The candidate index of each entry of update.entries. */
  entryOf: number[];
}

const NEEDS_TARGET = L(
  '它属于哪个指标或年度系列（或新指标）',
  'the indicator or series year it belongs to (or a new indicator)',
);

/** The update for the accepted candidates; `source` is a new source or an existing one. */
export function buildCurationUpdate(
  decisions: readonly Decision[],
  source: { new: Source } | { existing: string },
  { baseDataset, madeAt }: { baseDataset: string; madeAt: string },
): BuiltUpdate {
  const sourceId = 'new' in source ? source.new.id : source.existing;
  const missing = new Map<number, MissingField[]>();
  const entries: CurationEntry[] = [];
  const entryOf: number[] = [];
  decisions.forEach((d, index) => {
    if (d.state !== 'accepted') return;
    if (!d.target) {
      missing.set(index, [{ field: 'target', what: NEEDS_TARGET }]);
      return;
    }
    const made = candidateEntry({ candidate: d.candidate, source: sourceId, target: d.target });
    if (!made.ok) missing.set(index, made.missing);
    else {
      entries.push(made.entry);
      entryOf.push(index);
    }
  });
  const update: CurationUpdate | null =
    entries.length > 0 && missing.size === 0
      ? {
          format: CURATION_FORMAT,
          baseDataset,
          madeAt,
          sources: 'new' in source ? [source.new] : [],
          entries,
        }
      : null;
  return { update, missing, entryOf };
}
