import { useTranslation } from 'react-i18next';

/**
 * One labelled filter: "all" plus one option per allowed value; choosing something outside the
 * list (or "all") reports null, so a stale value never reaches the URL.
 */
export function FilterSelect<Value extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: Value | null;
  options: readonly Value[];
  optionLabel: (value: Value) => string;
  onChange: (value: Value | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="filter-bar__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(options.find((option) => option === e.target.value) ?? null)}
      >
        <option value="">{t('filters.all')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
