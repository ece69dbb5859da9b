// /import (数据填报): download the template, drop a filled one, see every bad cell or a preview
// of what the update changes, apply it as a draft, download the update file for data:import.
// Everything heavy (exceljs, papaparse, the checks, IndexedDB) loads on demand from here.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoStore } from '../../lib/demo-store';
import { useDraftStore } from '../../lib/draft-store';
import { useLanguage } from '../../lib/i18n/use-language';
import { publishedQueries } from '../../lib/queries';
import { updateFileQueries } from '../../lib/reporting/update-files';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { ReportEntry } from '../../domain/reporting/report-types';
import { checkFile, downloadPatch, downloadTemplate, type Checked } from './import-actions';
import { HiddenContentNotice } from './hidden-content-notice';
import { ProblemsTable } from './problems-table';
import { FileDrop } from '../../components/ui/file-drop';
import { UpdatePreviewTable } from '../../components/ui/update-preview-table';
import { UpdateFilesList } from './update-files-list';
import { ensureImportStrings } from './import-strings';
import './import.css';

export default function ImportPage({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  ensureImportStrings(i18n);
  const lang = useLanguage();
  useDocumentTitle(t('import.heading'));
  const demo = useDemoStore((s) => s.params !== null);
  const draft = useDraftStore((s) => s.draft);
  const published = useQuery({ ...publishedQueries.data(), enabled: !demo });
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [applied, setApplied] = useState(false);
  // Hidden content the file would import: nothing is applied until the person ticks it seen.
  const [seenHidden, setSeenHidden] = useState(false);
  const blocked = checked?.ok === true && checked.hidden.length > 0 && !seenHidden;
  const data = published.data;

  /** The published data, waiting for it when a file comes before it has loaded; null if it fails. */
  const publishedData = () =>
    data ?? queryClient.ensureQueryData(publishedQueries.data()).catch(() => null); // the page says it failed

  const open = async (file: File) => {
    setBusy(t('import.reading', { file: file.name }));
    setApplied(false);
    setSeenHidden(false);
    try {
      // Chosen or dropped before the data has loaded: checked once it has, never dropped.
      const ready = await publishedData();
      if (ready) setChecked(await checkFile(file, ready, today));
    } finally {
      setBusy(null);
    }
  };

  if (demo)
    return (
      <>
        <h1>{t('import.heading')}</h1>
        <p role="note">{t('import.demo')}</p>
      </>
    );

  // The update file, remembered on this device: the list below shows it at once.
  const download = async (entries: ReportEntry[], baseHash: string) => {
    await downloadPatch(entries, baseHash);
    await queryClient.invalidateQueries({ queryKey: updateFileQueries.list().queryKey });
  };
  const apply = async () => {
    if (!checked?.ok || !data || blocked) return;
    const { applyDraft } = await import('../../lib/reporting/draft');
    await applyDraft(
      {
        entries: checked.entries,
        baseHash: data.catalog.datasetHash,
        fileName: checked.fileName,
        createdAt: new Date().toISOString(),
      },
      data,
      today,
      queryClient,
    );
    setApplied(true);
  };

  return (
    <>
      <div className="page-head">
        <h1>{t('import.heading')}</h1>
      </div>
      <p className="import-intro">{t('import.intro')}</p>
      {published.isError && <p role="alert">{t('import.loadFailed')}</p>}
      <div className="import-tools">
        <button
          type="button"
          disabled={!data || busy !== null}
          onClick={async () => {
            if (!data) return;
            setBusy(t('import.templateBusy'));
            try {
              await downloadTemplate(data);
            } finally {
              setBusy(null);
            }
          }}
        >
          {t('import.template')}
        </button>
      </div>
      <FileDrop
        prompt={t('import.drop')}
        choose={t('import.choose')}
        label={t('import.fileLabel')}
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain"
        onFile={(file) => void open(file)}
      />
      {busy && (
        <p role="status" className="import-busy">
          {busy}
        </p>
      )}
      {/* A curation draft is reviewed (and its update file downloaded) on /curate. */}
      {draft && !draft.stored.curation && (
        <section className="import-card" aria-labelledby="import-draft-heading">
          <h2 id="import-draft-heading">{t('import.draftHeading')}</h2>
          <p>
            {t('draft.details', {
              file: draft.stored.fileName,
              count: draft.stored.entries.length,
            })}
          </p>
          <div className="import-actions">
            <button
              type="button"
              onClick={() => void download(draft.stored.entries, draft.stored.baseHash)}
            >
              {t('import.draftPatch')}
            </button>
          </div>
          {draft.stale && draft.conflicts.length > 0 && (
            <>
              <p role="alert">{t('import.staleDraft')}</p>
              <ProblemsTable problems={draft.conflicts} />
            </>
          )}
        </section>
      )}
      {checked && !checked.ok && (
        <section className="import-card import-card--bad" aria-labelledby="import-problems-heading">
          <h2 id="import-problems-heading">
            {t('import.problemsHeading', {
              file: checked.fileName,
              count: checked.problems.length,
            })}
          </h2>
          <ProblemsTable problems={checked.problems} />
        </section>
      )}
      {checked?.ok && (
        <section className="import-card" aria-labelledby="import-preview-heading">
          <h2 id="import-preview-heading">
            {t('import.previewHeading', { file: checked.fileName, count: checked.entries.length })}
          </h2>
          {checked.notices.length > 0 && (
            <ul className="import-notices" aria-label={t('import.notices')}>
              {checked.notices.map((n) => (
                <li key={`${n.row}-${n.column}`}>
                  {t('import.row')} {n.row} · {n.column}: {n.text[lang]}
                </li>
              ))}
            </ul>
          )}
          {checked.hidden.length > 0 && (
            <HiddenContentNotice hidden={checked.hidden} seen={seenHidden} onSeen={setSeenHidden} />
          )}
          {checked.alreadyThere.length > 0 && (
            <p>{t('import.already', { count: checked.alreadyThere.length })}</p>
          )}
          {checked.entries.length === 0 ? (
            <p>{t('import.nothingNew')}</p>
          ) : (
            <>
              <UpdatePreviewTable
                diff={checked.preview.diff}
                series={checked.preview.series.map(({ row, name, unit, year, value, date }) => ({
                  key: String(row),
                  name,
                  unit,
                  year,
                  value,
                  date,
                }))}
                sourceOf={(id) => checked.entries.find((e) => e.target.id === id)?.source}
              />
              <div className="import-actions">
                <button type="button" disabled={blocked} onClick={() => void apply()}>
                  {t('import.applyDraft')}
                </button>
                <button
                  type="button"
                  disabled={blocked}
                  onClick={() => data && void download(checked.entries, data.catalog.datasetHash)}
                >
                  {t('import.downloadPatch')}
                </button>
              </div>
              <p className="import-hint">{t('import.patchHint')}</p>
              {applied && <p role="status">{t('import.applied')}</p>}
            </>
          )}
        </section>
      )}
      <UpdateFilesList />
    </>
  );
}
