// One proposed figure: what the extractor read (kind, year, value, the quote), where it belongs,
// and the curator's decision: accept, edit, or reject. An edit is read against its quote by
// data:check's rules at once, naming the rule it breaks; what an entry still lacks is listed.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../domain/curation/build-update';
import type { Candidate } from '../../domain/curation/candidate';
import type { EntryTarget, MissingField } from '../../domain/curation/candidate-entry';
import { editProblem } from '../../domain/curation/edit-check';
import { CATEGORIES, type Category } from '../../domain/dataset/schema';
import { quoteRuleName } from '../../domain/dataset/quote-rule-names';
import { formatValue } from '../../domain/presentation/format';
import { useLanguage } from '../../lib/i18n/use-language';
import {
  choiceOfTarget,
  targetFromChoice,
  type CheckProblem,
  type Published,
} from './curate-actions';
import { ReferenceFields } from './reference-fields';
import { TargetSelect } from './target-select';

const KIND_KEY = { target: 'kindTarget', actual: 'kindActual', figure: 'kindFigure' } as const;

export const CandidateCard = memo(function CandidateCard({
  index,
  decision,
  published,
  sourceYear,
  missing,
  problems,
  onDecide,
}: {
  index: number;
  decision: Decision;
  published: Published;
  sourceYear: number | null;
  missing: readonly MissingField[] | undefined;
  problems: readonly CheckProblem[];
  onDecide: (index: number, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const onChange = (next: Decision) => onDecide(index, next);
  const [editing, setEditing] = useState(false);
  const { candidate: c, state, target } = decision;
  const name = t('curate.candidate', { n: index + 1 });
  const edit = (patch: Partial<Candidate>) =>
    onChange({ ...decision, candidate: { ...c, ...patch } });
  const setTarget = (next: EntryTarget | null) => onChange({ ...decision, target: next });
  const broken = editProblem(c, sourceYear);
  const measure = c.unit === 'count' && c.measure ? { zh: c.measure, en: c.measure } : undefined;
  // A comparator word (达到) means something only for a target; an actual is the figure itself.
  const sign =
    c.kind !== 'target' ? '' : c.comparator === 'gte' ? '≥' : c.comparator === 'lte' ? '≤' : '';
  const newIndicator = target?.kind === 'new-indicator' ? target : null;
  const onIndicator = target?.kind === 'indicator' ? target : null;

  return (
    <article
      id={`curate-candidate-${index}`}
      className={`curate-candidate curate-candidate--${state}`}
      aria-label={name}
    >
      <header className="curate-candidate__head">
        <span className="curate-candidate__n">{index + 1}</span>
        <span className={`curate-kind curate-kind--${c.kind}`}>
          {t(`curate.${KIND_KEY[c.kind]}`)}
        </span>
        <strong className="curate-candidate__value">
          {sign}
          {formatValue(c.value, c.unit, lang, measure)}
        </strong>
        {c.year !== null && <span>{c.year}</span>}
        {c.date && <span className="curate-hint">{c.date}</span>}
        <span className="curate-state">{t(`curate.${state}`)}</span>
      </header>
      <blockquote className="curate-quote">「{c.quote}」</blockquote>
      <label className="curate-field curate-field--wide">
        <span>{t('curate.belongsTo')}</span>
        <TargetSelect
          label={`${name} · ${t('curate.belongsTo')}`}
          value={choiceOfTarget(target)}
          year={c.year}
          published={published}
          onChange={(choice) => setTarget(targetFromChoice(choice, published, target))}
        />
      </label>
      {editing && (
        <div className="curate-fields curate-edit">
          <label className="curate-field">
            <span>{t('curate.value')}</span>
            <input
              type="number"
              step="any"
              value={c.value}
              onChange={(e) => {
                const value = e.currentTarget.valueAsNumber;
                if (Number.isFinite(value)) edit({ value });
              }}
            />
          </label>
          <label className="curate-field">
            <span>{t('curate.kindLabel')}</span>
            <select
              value={c.kind}
              onChange={(e) => {
                const kind = e.currentTarget.value as Candidate['kind'];
                edit({
                  kind,
                  deadline: kind === 'target' && c.year !== null ? `${c.year}-12-31` : null,
                });
              }}
            >
              <option value="target">{t('curate.kindTarget')}</option>
              <option value="actual">{t('curate.kindActual')}</option>
              <option value="figure">{t('curate.kindFigure')}</option>
            </select>
          </label>
          <label className="curate-field">
            <span>{t('curate.year')}</span>
            <input
              type="number"
              min={1990}
              max={2100}
              value={c.year ?? ''}
              onChange={(e) => {
                const year = Number.isInteger(e.currentTarget.valueAsNumber)
                  ? e.currentTarget.valueAsNumber
                  : null;
                edit({
                  year,
                  deadline: c.kind === 'target' && year !== null ? `${year}-12-31` : null,
                });
              }}
            />
          </label>
          {(c.kind === 'actual' || onIndicator) && (
            <label className="curate-field">
              <span>{t('curate.asOf')}</span>
              <input
                type="date"
                value={c.date ?? ''}
                onChange={(e) => edit({ date: e.currentTarget.value || null })}
              />
            </label>
          )}
          {c.kind === 'target' && (
            <label className="curate-field">
              <span>{t('curate.comparator')}</span>
              <select
                value={c.comparator ?? ''}
                onChange={(e) =>
                  edit({ comparator: (e.currentTarget.value || null) as Candidate['comparator'] })
                }
              >
                <option value="">{t('curate.noComparator')}</option>
                <option value="gte">{t('curate.gte')}</option>
                <option value="lte">{t('curate.lte')}</option>
              </select>
            </label>
          )}
        </div>
      )}
      {onIndicator && <ReferenceFields target={onIndicator} name={name} onChange={setTarget} />}
      {newIndicator && (
        <div className="curate-fields curate-edit">
          <label className="curate-field">
            <span>{t('curate.newId')}</span>
            <input
              value={newIndicator.id ?? ''}
              onChange={(e) =>
                setTarget({ ...newIndicator, id: e.currentTarget.value.trim() || undefined })
              }
            />
          </label>
          <label className="curate-field">
            <span>{t('curate.newNameZh')}</span>
            <input
              value={newIndicator.name?.zh ?? c.subject ?? ''}
              onChange={(e) =>
                setTarget({
                  ...newIndicator,
                  name: { zh: e.currentTarget.value, en: newIndicator.name?.en ?? '' },
                })
              }
            />
          </label>
          <label className="curate-field">
            <span>{t('curate.newNameEn')}</span>
            <input
              value={newIndicator.name?.en ?? ''}
              onChange={(e) =>
                setTarget({
                  ...newIndicator,
                  name: { zh: newIndicator.name?.zh ?? c.subject ?? '', en: e.currentTarget.value },
                })
              }
            />
          </label>
          <label className="curate-field">
            <span>{t('curate.category')}</span>
            <select
              value={newIndicator.category ?? ''}
              onChange={(e) =>
                setTarget({
                  ...newIndicator,
                  category: (e.currentTarget.value || undefined) as Category | undefined,
                })
              }
            >
              <option value="">{t('curate.noTarget')}</option>
              {CATEGORIES.map((cat) => (
                <option key={cat} value={cat}>
                  {t(`category.${cat}`)}
                </option>
              ))}
            </select>
          </label>
          {c.unit === 'count' && c.measure && (
            <label className="curate-field">
              <span>{t('curate.measureEn')}</span>
              <input
                value={newIndicator.measure?.en ?? ''}
                onChange={(e) =>
                  setTarget({
                    ...newIndicator,
                    measure: { zh: c.measure!, en: e.currentTarget.value },
                  })
                }
              />
            </label>
          )}
        </div>
      )}
      {broken && (
        <p className="curate-rule" role="alert">
          {t('curate.quoteRule', {
            rule: quoteRuleName(broken.rule)[lang],
            message: broken.message,
          })}
        </p>
      )}
      {missing && missing.length > 0 && (
        <div className="curate-missing">
          {t('curate.fillIn')}
          <ul>
            {missing.map((m) => (
              <li key={m.field}>{m.what[lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 && (
        <ul className="curate-problems">
          {problems.map((p, i) => (
            <li key={i}>
              {p.what[lang]} — {p.fix[lang]}
            </li>
          ))}
        </ul>
      )}
      <div className="curate-buttons">
        <button
          type="button"
          aria-pressed={state === 'accepted'}
          onClick={() =>
            onChange({ ...decision, state: state === 'accepted' ? 'open' : 'accepted' })
          }
        >
          {t('curate.accept')}
        </button>
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('curate.doneEditing') : t('curate.edit')}
        </button>
        <button
          type="button"
          aria-pressed={state === 'rejected'}
          onClick={() =>
            onChange({ ...decision, state: state === 'rejected' ? 'open' : 'rejected' })
          }
        >
          {t('curate.reject')}
        </button>
      </div>
    </article>
  );
});
