// The curation page's work, off the React tree: propose candidates from a text (matched to the
// published indicators and series years), turn the curator's decisions into a pt-curation-v1
// update, check it with the same applyCurationToApi data:import's rules use, preview it, and
// download it.
import {
  buildCurationUpdate,
  sourceFromForm,
  type Decision,
  type SourceForm,
} from '../../domain/curation/build-update';
import type { Candidate } from '../../domain/curation/candidate';
import type { EntryTarget, MissingField } from '../../domain/curation/candidate-entry';
import { applyCurationToApi } from '../../domain/curation/curation-api';
import { curationPreview, type CurationPreview } from '../../domain/curation/curation-preview';
import { extractClaims, type Extraction } from '../../domain/curation/extract';
import { knownEntriesFromApi, parseRef } from '../../domain/curation/known-entries';
import { matchCandidate } from '../../domain/curation/match';
import { curationFileName, type CurationUpdate } from '../../domain/curation/update-file';
import type { QuoteRule } from '../../domain/dataset/quote-meaning';
import type { Catalog, Indicator, Localized, Source } from '../../domain/dataset/schema';
import { downloadBlob } from '../../lib/export/download';
import { recordUpdateFile } from '../../lib/reporting/update-files';

export type Published = { catalog: Catalog; indicators: Indicator[] };

/** Every claim of the text, each matched to the published entry it most likely belongs to. */
export function propose(
  text: string,
  options: { date: string | null; title: string | null },
  published: Published,
): Extraction {
  const extraction = extractClaims(text, options);
  const known = knownEntriesFromApi(published.catalog, published.indicators);
  return {
    meta: extraction.meta,
    candidates: extraction.candidates.map((c) => ({ ...c, match: matchCandidate(c, known) })),
  };
}

/** A target choice as the page's select spells it: `indicator:<id>`, `series:<id>:<year>`, `new:<plan>`. */
export function targetFromChoice(
  choice: string,
  published: Published,
  previous: EntryTarget | null,
): EntryTarget | null {
  const plan = /^new:([a-z0-9-]+)$/.exec(choice)?.[1];
  if (plan)
    return previous?.kind === 'new-indicator'
      ? { ...previous, plan }
      : { kind: 'new-indicator', plan };
  const ref = parseRef(choice);
  if (ref.kind === 'series') return { kind: 'series', series: ref.id, year: ref.year };
  if (ref.kind === 'indicator') {
    const indicator = published.indicators.find((i) => i.id === ref.id);
    return indicator
      ? { kind: 'indicator', plan: indicator.plan, indicator: indicator.id, as: 'observation' }
      : null;
  }
  return null;
}

export const choiceOfTarget = (target: EntryTarget | null): string =>
  !target
    ? ''
    : target.kind === 'indicator'
      ? `indicator:${target.indicator}`
      : target.kind === 'series'
        ? `series:${target.series}:${target.year}`
        : `new:${target.plan}`;

export function initialDecision(candidate: Candidate, published: Published): Decision {
  return { state: 'open', candidate, target: targetFromChoice(candidate.match, published, null) };
}

export interface CheckProblem {
  /** The candidate it concerns, or null for the whole update. */
  candidate: number | null;
  field: string | null;
  rule: QuoteRule | null;
  what: Localized;
  fix: Localized;
}

export type CurationCheck =
  | { kind: 'none' }
  | { kind: 'missing'; source: MissingField[]; candidates: Map<number, MissingField[]> }
  | { kind: 'problems'; problems: CheckProblem[] }
  | {
      kind: 'ok';
      update: CurationUpdate;
      preview: CurationPreview;
      alreadyThere: number;
      /** The candidate index of each entry. */
      entryOf: number[];
    };

/** The accepted candidates as an update, checked against the published data and previewed. */
export function checkCuration(
  decisions: readonly Decision[],
  source: { existing: string } | { form: SourceForm },
  published: Published,
  today: string,
): CurationCheck {
  if (!decisions.some((d) => d.state === 'accepted')) return { kind: 'none' };
  const made = 'form' in source ? sourceFromForm(source.form) : null;
  const built = buildCurationUpdate(
    decisions,
    made?.ok ? { new: made.source } : { existing: 'existing' in source ? source.existing : '' },
    { baseDataset: published.catalog.datasetHash, madeAt: new Date().toISOString() },
  );
  const sourceMissing = made && !made.ok ? made.missing : [];
  if (!built.update || sourceMissing.length > 0)
    return { kind: 'missing', source: sourceMissing, candidates: built.missing };
  const update = built.update;
  const applied = applyCurationToApi(published.catalog, published.indicators, update, today);
  if (applied.problems.length > 0)
    return {
      kind: 'problems',
      problems: applied.problems.map((p) => ({
        candidate: p.entry !== undefined ? (built.entryOf[p.entry] ?? null) : null,
        field: p.field ?? null,
        rule: p.rule ?? null,
        what: p.what,
        fix: p.fix,
      })),
    };
  const after = { catalog: applied.catalog, indicators: applied.indicators };
  return {
    kind: 'ok',
    update,
    preview: curationPreview(published, after, update, today),
    alreadyThere: applied.alreadyThere.length,
    entryOf: built.entryOf,
  };
}

/** The source an indicator's entries cite, for the preview's source column. */
export function sourceOfIndicator(
  update: CurationUpdate,
  published: Published,
  indicatorId: string,
): Source | undefined {
  const entry = update.entries.find((e) =>
    e.kind === 'new-indicator'
      ? e.indicator.id === indicatorId
      : 'indicator' in e && e.indicator === indicatorId,
  );
  if (!entry) return undefined;
  const id =
    entry.kind === 'new-indicator' ? entry.indicator.target.citation.source : entry.citation.source;
  return (
    update.sources.find((s) => s.id === id) ?? published.catalog.sources.find((s) => s.id === id)
  );
}

/** The update as the pt-curation-v1 JSON data:import reads, remembered on this device. */
export async function downloadUpdate(update: CurationUpdate): Promise<void> {
  const fileName = curationFileName(update.madeAt);
  downloadBlob(
    new Blob([`${JSON.stringify(update, null, 2)}\n`], { type: 'application/json' }),
    fileName,
  );
  await recordUpdateFile({
    fileName,
    madeAt: update.madeAt,
    rows: update.entries.length,
    datasetHash: update.baseDataset,
  });
}
