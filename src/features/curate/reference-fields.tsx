// For a figure placed on an existing indicator: is it progress on that indicator's target, or a
// comparable level shown beside it (a reference: a narrower scope, a count from before the plan)?
// A reference needs its own label in both languages; it is never counted as progress.
import { useTranslation } from 'react-i18next';
import type { EntryTarget } from '../../domain/curation/candidate-entry';

type IndicatorTarget = Extract<EntryTarget, { kind: 'indicator' }>;

export function ReferenceFields({
  target,
  name,
  onChange,
}: {
  target: IndicatorTarget;
  /** The card's accessible name, so each field is told apart. */
  name: string;
  onChange: (next: IndicatorTarget) => void;
}) {
  const { t } = useTranslation();
  const label = target.label ?? { zh: '', en: '' };
  const setLabel = (patch: Partial<typeof label>) => {
    const next = { ...label, ...patch };
    onChange({ ...target, label: next.zh || next.en ? next : undefined });
  };
  return (
    <div className="curate-fields curate-edit">
      <label className="curate-field">
        <span>{t('curate.recordAs')}</span>
        <select
          aria-label={`${name} · ${t('curate.recordAs')}`}
          value={target.as}
          onChange={(e) =>
            onChange({ ...target, as: e.currentTarget.value as IndicatorTarget['as'] })
          }
        >
          <option value="observation">{t('curate.asObservation')}</option>
          <option value="reference">{t('curate.asReference')}</option>
        </select>
      </label>
      {target.as === 'reference' && (
        <>
          <label className="curate-field">
            <span>{t('curate.referenceLabelZh')}</span>
            <input value={label.zh} onChange={(e) => setLabel({ zh: e.currentTarget.value })} />
          </label>
          <label className="curate-field">
            <span>{t('curate.referenceLabelEn')}</span>
            <input value={label.en} onChange={(e) => setLabel({ en: e.currentTarget.value })} />
          </label>
        </>
      )}
    </div>
  );
}
