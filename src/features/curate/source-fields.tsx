// The source the accepted quotes cite: an existing source of the dataset, or a new one described
// by what the curator types (prefilled with the title, date and outlet the text states).
import { useTranslation } from 'react-i18next';
import type { SourceForm } from '../../domain/curation/build-update';
import type { Source } from '../../domain/dataset/schema';
import { useLanguage } from '../../lib/i18n/use-language';

const TEXT_FIELDS = [
  ['titleZh', 'titleZh'],
  ['titleEn', 'titleEn'],
  ['date', 'date'],
  ['url', 'url'],
  ['publisherZh', 'publisherZh'],
  ['publisherEn', 'publisherEn'],
  ['id', 'sourceId'],
] as const;

export function SourceFields({
  form,
  onForm,
  existing,
  onExisting,
  sources,
}: {
  form: SourceForm;
  onForm: (form: SourceForm) => void;
  /** The chosen existing source's id, or "" for a new one. */
  existing: string;
  onExisting: (id: string) => void;
  sources: readonly Source[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const set = (key: keyof SourceForm, value: string) => onForm({ ...form, [key]: value });
  return (
    <fieldset className="curate-source">
      <legend>{t('curate.sourceHeading')}</legend>
      <p className="curate-hint">{t('curate.sourceIntro')}</p>
      <label className="curate-field curate-field--wide">
        <span>{t('curate.sourceChoice')}</span>
        <select value={existing} onChange={(e) => onExisting(e.currentTarget.value)}>
          <option value="">{t('curate.sourceNew')}</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.date} · {s.title[lang]}
            </option>
          ))}
        </select>
      </label>
      {existing === '' && (
        <div className="curate-fields">
          {TEXT_FIELDS.map(([key, label]) => (
            <label key={key} className="curate-field">
              <span>{t(`curate.${label}`)}</span>
              <input
                type={key === 'date' ? 'date' : key === 'url' ? 'url' : 'text'}
                value={form[key]}
                onChange={(e) => set(key, e.currentTarget.value)}
              />
            </label>
          ))}
          <label className="curate-field">
            <span>{t('curate.kind')}</span>
            <select value={form.kind} onChange={(e) => set('kind', e.currentTarget.value)}>
              <option value="official">{t('curate.kindOfficial')}</option>
              <option value="media">{t('curate.kindMedia')}</option>
              <option value="repost">{t('curate.kindRepost')}</option>
            </select>
          </label>
          {form.kind === 'repost' && (
            <>
              <label className="curate-field">
                <span>{t('curate.outletZh')}</span>
                <input
                  value={form.outletZh}
                  onChange={(e) => set('outletZh', e.currentTarget.value)}
                />
              </label>
              <label className="curate-field">
                <span>{t('curate.outletEn')}</span>
                <input
                  value={form.outletEn}
                  onChange={(e) => set('outletEn', e.currentTarget.value)}
                />
              </label>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
