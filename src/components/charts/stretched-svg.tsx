// The drawing surface of the charts drawn in the prerendered HTML (the embed's, the indicator
// page's): an SVG whose viewBox stretches to its box, so it needs no width at render time. Strokes
// keep their width however it stretches (non-scaling-stroke), a dot is a zero-length round-capped
// line (a circle would stretch into an ellipse), and text lives in HTML beside it.
import type { CSSProperties, ReactNode, SVGProps } from 'react';

/** Coordinates run 0…SURFACE across and down, whatever the box's size. */
export const SURFACE = 1000;

export const NON_SCALING = { vectorEffect: 'non-scaling-stroke' } as const;

export function StretchedSvg({
  width = SURFACE,
  height = SURFACE,
  style,
  className,
  children,
}: {
  width?: number;
  height?: number;
  style?: CSSProperties;
  className?: string;
  children: ReactNode;
}) {
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      className={className}
      style={{ display: 'block', overflow: 'visible', ...style }}
      aria-hidden="true"
      data-chart-surface=""
    >
      {children}
    </svg>
  );
}

/** A round dot `size` CSS pixels across, at (x, y) in viewBox units. */
export function Dot({
  x,
  y,
  size,
  color,
  ...rest
}: { x: number; y: number; size: number; color: string } & SVGProps<SVGLineElement>) {
  return (
    <line
      x1={x}
      x2={x}
      y1={y}
      y2={y}
      stroke={color}
      strokeWidth={size}
      strokeLinecap="round"
      {...NON_SCALING}
      {...rest}
    />
  );
}

/** SVG `points` for a polyline, rounded to a tenth of a unit (the HTML stays small). */
export const polylinePoints = (xy: readonly (readonly [number, number])[]) =>
  xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
