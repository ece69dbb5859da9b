type ProgressBarProps = {
  /** Progress as a percentage of the target; null when nothing is reported. */
  valuePct: number | null;
  /** Where the straight path says progress should be by now, in percent. */
  expectedPct: number | null;
  label: string;
  valueText: string;
  expectedLabel: string;
  color: string;
};

const clampPct = (pct: number) => Math.min(100, Math.max(0, pct));

/** A bullet bar: filled to the progress, with a tick where progress is expected to be. */
export function ProgressBar({
  valuePct,
  expectedPct,
  label,
  valueText,
  expectedLabel,
  color,
}: ProgressBarProps) {
  const shown = valuePct === null ? 0 : clampPct(valuePct);
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={valuePct === null ? undefined : Math.round(shown)}
      aria-valuetext={valueText}
    >
      <div className="progress-bar__fill" style={{ width: `${shown}%`, background: color }} />
      {expectedPct !== null && (
        <div
          className="progress-bar__expected"
          style={{ left: `${clampPct(expectedPct)}%` }}
          title={`${expectedLabel} ${Math.round(expectedPct)}%`}
        />
      )}
    </div>
  );
}
