// A bullet bar in plain SVG (no chart library, so it is in prerendered HTML): filled to the
// progress, a tick where progress is expected to be by now. Sized by its container.
export type BulletBarColors = { fill: string; track: string; expected: string };

const clamp = (pct: number) => Math.min(100, Math.max(0, pct));

export function BulletBar({
  progressPct,
  expectedPct,
  colors,
  label,
  height = 16,
}: {
  /** Progress as a percentage of the target; null when nothing is reported. */
  progressPct: number | null;
  expectedPct: number | null;
  colors: BulletBarColors;
  label: string;
  height?: number;
}) {
  return (
    <svg
      className="bullet-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      width="100%"
      height={height}
      role="img"
      aria-label={label}
    >
      <rect x={0} y={1} width={100} height={8} fill={colors.track} />
      {progressPct !== null && (
        <rect x={0} y={1} width={clamp(progressPct)} height={8} fill={colors.fill} />
      )}
      {expectedPct !== null && (
        <line
          x1={clamp(expectedPct)}
          x2={clamp(expectedPct)}
          y1={0}
          y2={10}
          stroke={colors.expected}
          strokeWidth={3}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </svg>
  );
}
