// /curate (数据采编): paste a document or drop a file, see every proposed figure marked in its
// text, accept / edit / reject each, then the same check → preview → draft → update-file path as
// /import, with a pt-curation-v1 update that carries targets, actuals and new indicators.
// Loaded only on this route: the extractor, the checks and the readers never reach a first visit.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision, SourceForm } from '../../domain/curation/build-update';
import { groupCandidates } from '../../domain/curation/candidate-groups';
import { parseRef } from '../../domain/curation/known-entries';
import { useDemoStore } from '../../lib/demo-store';
import { useDraftStore } from '../../lib/draft-store';
import { useLanguage } from '../../lib/i18n/use-language';
import { publishedQueries } from '../../lib/queries';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FileDrop } from '../../components/ui/file-drop';
import { UpdatePreviewTable } from '../../components/ui/update-preview-table';
import { CandidateCard } from './candidate-card';
import {
  checkCuration,
  downloadUpdate,
  initialDecision,
  propose,
  sourceOfIndicator,
  type CheckProblem,
  type CurationCheck,
} from './curate-actions';
import { ensureCurateStrings } from './curate-strings';
import { DocumentView } from './document-view';
import { SourceFields } from './source-fields';
import './curate.css';

const EMPTY_FORM: SourceForm = {
  id: '',
  titleZh: '',
  titleEn: '',
  publisherZh: '',
  publisherEn: '',
  date: '',
  url: '',
  kind: 'media',
  outletZh: '',
  outletEn: '',
};

const NO_PROBLEMS: readonly CheckProblem[] = [];

interface Worked {
  text: string;
  name: string;
  decisions: Decision[];
}

export default function CuratePage({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  ensureCurateStrings(i18n);
  const lang = useLanguage();
  useDocumentTitle(t('curate.heading'));
  const demo = useDemoStore((s) => s.params !== null);
  const draft = useDraftStore((s) => s.draft);
  const published = useQuery({ ...publishedQueries.data(), enabled: !demo });
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [form, setForm] = useState<SourceForm>(EMPTY_FORM);
  const [existing, setExisting] = useState('');
  const [worked, setWorked] = useState<Worked | null>(null);
  const [checked, setChecked] = useState<CurationCheck | null>(null);
  const [applied, setApplied] = useState(false);
  const data = published.data;
  const sourceYear = form.date ? Number(form.date.slice(0, 4)) : null;

  const nameOf = useMemo(() => {
    return (ref: string): string | null => {
      const parsed = parseRef(ref);
      if (!data || parsed.kind === 'new') return null;
      if (parsed.kind === 'indicator')
        return data.indicators.find((i) => i.id === parsed.id)?.name[lang] ?? null;
      return data.catalog.series.find((s) => s.id === parsed.id)?.name[lang] ?? null;
    };
  }, [data, lang]);

  // Stable, so an unchanged proposal's card is not drawn again when another one changes.
  const decide = useCallback((index: number, decision: Decision) => {
    setWorked((w) => {
      if (!w) return w;
      const decisions = w.decisions.slice();
      decisions[index] = decision;
      return { ...w, decisions };
    });
    setChecked(null);
    setApplied(false);
  }, []);

  if (demo)
    return (
      <>
        <h1>{t('curate.heading')}</h1>
        <p role="note">{t('curate.demo')}</p>
      </>
    );

  const findFigures = (source: string, docName: string) => {
    if (!data) return;
    const extraction = propose(
      source,
      { date: form.date || null, title: form.titleZh || null },
      data,
    );
    const { meta } = extraction;
    // Prefill only what the curator has not typed.
    setForm((f) => ({
      ...f,
      titleZh: f.titleZh || meta.title || '',
      date: f.date || meta.date || '',
      ...(meta.outlet && !f.outletZh ? { outletZh: meta.outlet, kind: 'repost' as const } : {}),
    }));
    setWorked({
      text: source,
      name: docName,
      decisions: extraction.candidates.map((c) => initialDecision(c, data)),
    });
    setChecked(null);
    setApplied(false);
  };

  const open = async (file: File) => {
    setBusy(t('curate.reading', { file: file.name }));
    setReadError(null);
    try {
      const { readDocument } = await import('../../lib/curation/read-document');
      const read = await readDocument(file.name, new Uint8Array(await file.arrayBuffer()));
      if (!read.ok) {
        setReadError(t('curate.readFailed', { message: read.message }));
        return;
      }
      setText(read.text);
      setName(file.name);
      findFigures(read.text, file.name);
    } finally {
      setBusy(null);
    }
  };

  const accepted = worked?.decisions.filter((d) => d.state === 'accepted').length ?? 0;
  const check = () => {
    if (!worked || !data) return;
    setChecked(checkCuration(worked.decisions, existing ? { existing } : { form }, data, today));
    setApplied(false);
  };
  const download = async (update: Parameters<typeof downloadUpdate>[0]) => {
    await downloadUpdate(update);
  };
  const apply = async () => {
    if (checked?.kind !== 'ok' || !data || !worked) return;
    const { applyDraft } = await import('../../lib/reporting/draft');
    await applyDraft(
      {
        entries: [],
        curation: checked.update,
        baseHash: data.catalog.datasetHash,
        fileName: worked.name,
        createdAt: new Date().toISOString(),
      },
      data,
      today,
      queryClient,
    );
    setApplied(true);
  };
  const missingOf = (i: number) =>
    checked?.kind === 'missing' ? checked.candidates.get(i) : undefined;
  const problemsOf = (i: number) => {
    const found =
      checked?.kind === 'problems' ? checked.problems.filter((p) => p.candidate === i) : [];
    return found.length > 0 ? found : NO_PROBLEMS;
  };
  const curationDraft = draft?.stored.curation ? draft : null;

  return (
    <>
      <div className="page-head">
        <h1>{t('curate.heading')}</h1>
      </div>
      <p className="curate-intro">{t('curate.intro')}</p>
      {published.isError && <p role="alert">{t('curate.loadFailed')}</p>}
      {curationDraft && (
        <section className="import-card" aria-labelledby="curate-draft-heading">
          <h2 id="curate-draft-heading">{t('curate.draftHeading')}</h2>
          <p>
            {t('draft.detailsCuration', {
              file: curationDraft.stored.fileName,
              count: curationDraft.stored.curation!.entries.length,
            })}
          </p>
          <div className="import-actions">
            <button type="button" onClick={() => void download(curationDraft.stored.curation!)}>
              {t('curate.draftDownload')}
            </button>
          </div>
          {curationDraft.conflicts.length > 0 && (
            <>
              <p role="alert">{t('curate.staleDraft')}</p>
              <ul className="curate-problems">
                {curationDraft.conflicts.map((p, i) => (
                  <li key={i}>
                    {p.row !== undefined && `${t('curate.problemEntry', { n: p.row })} · `}
                    {p.what[lang]} — {p.fix[lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      <label className="curate-paste">
        <span>{t('curate.pasteLabel')}</span>
        <textarea
          value={text}
          rows={6}
          placeholder={t('curate.pastePlaceholder')}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setName(null);
          }}
        />
      </label>
      <FileDrop
        prompt={t('curate.drop')}
        choose={t('curate.choose')}
        label={t('curate.fileLabel')}
        accept=".txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={!data}
        onFile={(file) => void open(file)}
      />
      {/* Before extraction: the date decides what 今年 and 年内 mean. */}
      <SourceFields
        form={form}
        onForm={(f) => {
          setForm(f);
          setChecked(null);
        }}
        existing={existing}
        onExisting={(id) => {
          setExisting(id);
          setChecked(null);
        }}
        sources={data?.catalog.sources ?? []}
      />
      <div className="import-actions">
        <button
          type="button"
          disabled={!data || text.trim() === '' || busy !== null}
          onClick={() => findFigures(text, name ?? t('curate.pasted'))}
        >
          {t('curate.extract')}
        </button>
      </div>
      {busy && (
        <p role="status" className="import-busy">
          {busy}
        </p>
      )}
      {readError && <p role="alert">{readError}</p>}
      {worked && data && (
        <>
          <div className="curate-work">
            <section className="curate-pane" aria-labelledby="curate-doc-heading">
              <h2 id="curate-doc-heading">
                {t('curate.documentHeading', { count: worked.decisions.length })}
              </h2>
              <DocumentView text={worked.text} decisions={worked.decisions} />
            </section>
            <section className="curate-pane" aria-labelledby="curate-candidates-heading">
              <h2 id="curate-candidates-heading">
                {t('curate.candidatesHeading', { count: worked.decisions.length })}
              </h2>
              {worked.decisions.length === 0 && <p>{t('curate.noCandidates')}</p>}
              <div className="curate-candidates">
                {groupCandidates(
                  worked.decisions.map((d) => d.candidate),
                  nameOf,
                ).map((group) => (
                  <section
                    key={group.key}
                    className="curate-group"
                    aria-label={group.label ?? undefined}
                  >
                    <h3>
                      {group.matched
                        ? group.label
                        : group.label
                          ? t('curate.groupNew', { subject: group.label })
                          : t('curate.groupNoSubject')}
                    </h3>
                    {group.indexes.map((i) => (
                      <CandidateCard
                        key={i}
                        index={i}
                        decision={worked.decisions[i]!}
                        published={data}
                        sourceYear={sourceYear}
                        missing={missingOf(i)}
                        problems={problemsOf(i)}
                        onDecide={decide}
                      />
                    ))}
                  </section>
                ))}
              </div>
            </section>
          </div>
          <div className="import-actions curate-check">
            <button type="button" disabled={accepted === 0} onClick={check}>
              {t('curate.check', { count: accepted })}
            </button>
          </div>
          {checked?.kind === 'none' && <p>{t('curate.nothingAccepted')}</p>}
          {checked?.kind === 'missing' && (
            <section
              className="import-card import-card--bad"
              aria-labelledby="curate-missing-heading"
            >
              <h2 id="curate-missing-heading">
                {t('curate.missingHeading', { count: checked.candidates.size })}
              </h2>
              {checked.source.length > 0 && (
                <p>
                  {t('curate.sourceMissing')} {checked.source.map((m) => m.what[lang]).join('；')}
                </p>
              )}
              <ul className="curate-problems">
                {[...checked.candidates].map(([i, fields]) => (
                  <li key={i}>
                    <a href={`#curate-candidate-${i}`}>{t('curate.candidate', { n: i + 1 })}</a>：
                    {fields.map((m) => m.what[lang]).join('；')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {checked?.kind === 'problems' && (
            <section
              className="import-card import-card--bad"
              aria-labelledby="curate-problems-heading"
            >
              <h2 id="curate-problems-heading">
                {t('curate.problemsHeading', { count: checked.problems.length })}
              </h2>
              <ul className="curate-problems">
                {checked.problems.map((p, i) => (
                  <li key={i}>
                    {p.candidate !== null ? (
                      <a href={`#curate-candidate-${p.candidate}`}>
                        {t('curate.problemEntry', { n: p.candidate + 1 })}
                      </a>
                    ) : (
                      t('curate.problemWhole')
                    )}
                    {p.field ? ` · ${p.field}` : ''}：{p.what[lang]} — {p.fix[lang]}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {checked?.kind === 'ok' && (
            <section className="import-card" aria-labelledby="curate-preview-heading">
              <h2 id="curate-preview-heading">
                {t('curate.previewHeading', { count: checked.update.entries.length })}
              </h2>
              {checked.alreadyThere > 0 && (
                <p>{t('curate.already', { count: checked.alreadyThere })}</p>
              )}
              {checked.alreadyThere === checked.update.entries.length ? (
                <p>{t('curate.nothingChanges')}</p>
              ) : (
                <UpdatePreviewTable
                  diff={checked.preview.diff}
                  series={checked.preview.series}
                  references={checked.preview.references}
                  sourceOf={(id) => sourceOfIndicator(checked.update, data, id)}
                />
              )}
              <div className="import-actions">
                <button type="button" onClick={() => void apply()}>
                  {t('curate.applyDraft')}
                </button>
                <button type="button" onClick={() => void download(checked.update)}>
                  {t('curate.download')}
                </button>
              </div>
              <p className="curate-hint">{t('curate.patchHint')}</p>
              {applied && <p role="status">{t('curate.applied')}</p>}
            </section>
          )}
        </>
      )}
    </>
  );
}
