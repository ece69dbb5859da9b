// A tiny inline SVG trend line: cheap enough to live outside the lazily loaded charts.
type SparklineProps = {
  values: number[];
  width?: number;
  height?: number;
  color: string;
  label: string;
};

export function Sparkline({ values, width = 96, height = 28, color, label }: SparklineProps) {
  if (values.length < 2)
    return <span className="sparkline sparkline--empty" style={{ width, height }} />;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = width / (values.length - 1);
  const points = values
    .map(
      (v, i) =>
        `${(i * step).toFixed(1)},${(height - 2 - ((v - min) / span) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={label}>
      <polyline points={points} fill="none" stroke={color} strokeWidth={1.5} />
    </svg>
  );
}
