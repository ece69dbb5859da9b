// The snapshot's fields (names, units, quotes, source details…) that differ from the published
// version it names: one row per field, by indicator (or source, plan, series), old → new.
import { useTranslation } from 'react-i18next';
import { VerifyTable } from './verify-table';
import type { FieldDifference } from '../../domain/exports/published-content';
import { useLanguage } from '../../lib/i18n/use-language';

const SEGMENT = /([^.[\]]+)(?:\[(\d+)\])?/g;

/** `years[2].target.citations[1].quote` → 目标 · 引用 2 · 引文 (a year or day is shown apart). */
function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) =>
    [...field.matchAll(SEGMENT)]
      .filter(([, key]) => key !== 'years' && key !== 'observations' && key !== 'reports')
      .map(([, key = '', index]) => {
        const word = t(`snapshot.verify.field.${key}`, { defaultValue: key });
        return index !== undefined && Number(index) > 0 ? `${word} ${Number(index) + 1}` : word;
      })
      .join(' · ');
}

/** A leaf as the file writes it: text as is, a yes/no for a flag. */
function useLeaf() {
  const { t } = useTranslation();
  return (value: FieldDifference['snapshot']) =>
    value === null
      ? t('snapshot.verify.absent')
      : typeof value === 'boolean'
        ? t(value ? 'snapshot.verify.yes' : 'snapshot.verify.no')
        : String(value);
}

export function FieldDifferenceTable({ differences }: { differences: FieldDifference[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useFieldLabel();
  const leaf = useLeaf();
  return (
    <VerifyTable
      captionId="snapshot-verify-fields-caption"
      caption={t('snapshot.verify.fieldsCaption')}
      headers={[
        t('snapshot.verify.whatField'),
        t('snapshot.verify.fieldHeader'),
        t('snapshot.verify.inSnapshot'),
        t('snapshot.verify.inPublished'),
      ]}
    >
      {differences.map((d, i) => (
        <tr key={i}>
          <th scope="row">
            {t(`snapshot.verify.entity.${d.of}`)} · <bdi>{d.name?.[lang] ?? d.id}</bdi>
          </th>
          <td>
            {d.at !== null && `${d.at} · `}
            {label(d.field)}
          </td>
          <td className="diff-changed">
            <bdi>{leaf(d.snapshot)}</bdi>
          </td>
          <td>
            <bdi>{leaf(d.published)}</bdi>
          </td>
        </tr>
      ))}
    </VerifyTable>
  );
}
