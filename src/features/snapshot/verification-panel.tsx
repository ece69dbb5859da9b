// What checking the snapshot against the published data found, in words that say exactly
// what was and was not checked.
import { useTranslation } from 'react-i18next';
import { VerifyTable } from './verify-table';
import type { Localized, Unit } from '../../domain/dataset/schema';
import type { Snapshot } from '../../domain/exports/snapshot';
import type { FigureDifference } from '../../domain/exports/snapshot-figures';
import { UNCHECKED_WITHOUT_CONTENT } from '../../domain/exports/snapshot-verify';
import { formatDate, formatTarget, formatValue } from '../../domain/presentation/format';
import { useLanguage } from '../../lib/i18n/use-language';
import type { VerificationState } from './use-verification';
import { FieldDifferenceTable } from './field-diff-table';

type Named = { name: Localized; unit: Unit; measure?: Localized };

/** Names and units of what the snapshot holds, to say which number differs. */
function lookup(snapshot: Snapshot) {
  const { catalog, indicators } = snapshot.data;
  const byKey = new Map<string, Named>();
  for (const i of indicators) byKey.set(`indicator:${i.id}`, i);
  for (const s of catalog.series) byKey.set(`series:${s.id}`, s);
  for (const f of catalog.figures) byKey.set(`figure:${f.id}`, f);
  return (d: FigureDifference) => byKey.get(`${d.of}:${d.id}`);
}

const short = (hash: string) => hash.slice(0, 12);

function DifferenceTable({
  snapshot,
  differences,
}: {
  snapshot: Snapshot;
  differences: FigureDifference[];
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const find = lookup(snapshot);
  const shown = (d: FigureDifference, side: FigureDifference['snapshot']) => {
    if (side === null) return t('snapshot.verify.absent');
    const named = find(d);
    if (d.kind === 'verdict')
      return t(side.value === 1 ? 'snapshot.verify.met' : 'snapshot.verify.missed');
    if (!named) return String(side.value);
    return side.comparator
      ? formatTarget(side.value, side.comparator, named.unit, lang, named.measure)
      : formatValue(side.value, named.unit, lang, named.measure);
  };
  return (
    <VerifyTable
      captionId="snapshot-verify-caption"
      caption={t('snapshot.verify.caption')}
      headers={[
        t('snapshot.verify.what'),
        t('snapshot.verify.kindHeader'),
        t('snapshot.verify.inSnapshot'),
        t('snapshot.verify.inPublished'),
      ]}
    >
      {differences.map((d, i) => (
        <tr key={i}>
          <th scope="row">
            <bdi>{find(d)?.name[lang] ?? d.id}</bdi>
            {d.year !== null && ` · ${t('snapshot.verify.year', { year: d.year })}`}
          </th>
          <td>
            {t(`snapshot.verify.kind.${d.kind}`)}
            {d.date && ` · ${formatDate(d.date, lang)}`}
          </td>
          <td className="diff-changed">{shown(d, d.snapshot)}</td>
          <td>{shown(d, d.published)}</td>
        </tr>
      ))}
    </VerifyTable>
  );
}

export function VerificationPanel({
  snapshot,
  verification: v,
  onRetry,
}: {
  snapshot: Snapshot;
  verification: VerificationState;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  // Only a check of every shown field earns the tick; values only is a warning.
  const tone =
    v.state === 'consistent'
      ? 'ok'
      : v.state === 'differs'
        ? 'bad'
        : v.state === 'checking'
          ? 'busy'
          : 'warn';
  const unchecked = (keys: readonly string[]) =>
    keys.map((key) => t(`snapshot.verify.unchecked.${key}`)).join(t('snapshot.verify.listJoin'));
  const heading = (() => {
    switch (v.state) {
      case 'checking':
        return t('snapshot.verify.checking');
      case 'consistent':
        return t('snapshot.verify.consistent');
      case 'differs':
        return t('snapshot.verify.differs', {
          count: v.differences.length + v.fieldDifferences.length,
        });
      case 'values_only':
        return t('snapshot.verify.valuesOnly');
      default:
        return t(`snapshot.verify.unverified.${v.state}`);
    }
  })();
  return (
    <section
      className={`snapshot-verify snapshot-verify--${tone}`}
      aria-label={t('snapshot.verify.region')}
    >
      <p role="status" className="snapshot-verify__heading">
        <strong>{heading}</strong>
      </p>
      {v.state === 'consistent' && (
        <p>
          {t('snapshot.verify.consistentBody', {
            count: v.checked,
            fields: v.fields,
            hash: short(v.hash),
            date: formatDate(v.archivedAt, lang),
          })}
        </p>
      )}
      {v.state === 'differs' && (
        <>
          <p>
            {t('snapshot.verify.differsBody', {
              count: v.checked,
              hash: short(v.hash),
              date: formatDate(v.archivedAt, lang),
            })}
          </p>
          {!v.fieldsChecked && (
            <p>
              {t('snapshot.verify.valuesOnlyNote', {
                fields: unchecked(UNCHECKED_WITHOUT_CONTENT),
              })}
            </p>
          )}
          {v.differences.length > 0 && (
            <DifferenceTable snapshot={snapshot} differences={v.differences} />
          )}
          {v.fieldDifferences.length > 0 && (
            <FieldDifferenceTable differences={v.fieldDifferences} />
          )}
        </>
      )}
      {v.state === 'values_only' && (
        <p>
          {t('snapshot.verify.valuesOnlyBody', {
            count: v.checked,
            hash: short(v.hash),
            date: formatDate(v.archivedAt, lang),
          })}{' '}
          {t('snapshot.verify.valuesOnlyNote', { fields: unchecked(v.unchecked) })}
        </p>
      )}
      {v.state === 'simulated' && (
        <p>
          {t('snapshot.verify.simulatedBody')}
          {v.flagContradicted && ` ${t('snapshot.verify.flagContradicted')}`}
        </p>
      )}
      {v.state === 'draft' && <p>{t('snapshot.verify.draftBody')}</p>}
      {v.state === 'unknown_dataset' && (
        <p>{t('snapshot.verify.unknownBody', { hash: short(v.hash) })}</p>
      )}
      {(v.state === 'offline' || v.state === 'unavailable') && (
        <p>
          {t(`snapshot.verify.${v.state}Body`)}{' '}
          <button type="button" onClick={onRetry}>
            {t('snapshot.verify.retry')}
          </button>
        </p>
      )}
      <details className="snapshot-verify__scope">
        <summary>{t('snapshot.verify.scopeSummary')}</summary>
        <p>{t('snapshot.verify.scopeChecked')}</p>
        <p>{t('snapshot.verify.scopeNotChecked')}</p>
        <p>{t('snapshot.verify.scopeValuesOnly')}</p>
        <p>{t('snapshot.verify.scopeChecksum')}</p>
      </details>
    </section>
  );
}
