// One typed palette. Status colours follow Okabe–Ito (readable with colour-vision
// deficiency) and always travel with an icon and a text label, never alone.
import type { SeriesYearStatus } from '../../domain/evaluation/series-evaluate.ts';
import type { Status } from '../../domain/evaluation/status.ts';

export const STATUS_STYLE: Record<Status, { color: string; icon: string }> = {
  achieved: { color: '#00704a', icon: '✔' },
  on_track: { color: '#0072b2', icon: '▲' },
  at_risk: { color: '#a65e00', icon: '◆' },
  off_track: { color: '#c4361b', icon: '▼' },
  missed: { color: '#7a1f5c', icon: '✖' },
  no_data: { color: '#5f6368', icon: '○' },
  // Its own colour: not the grey of "no data" nor the purple of "missed" (nothing says missed).
  due_no_result: { color: '#3f4fb0', icon: '?' },
};

/** Each status's colour alone, for components that take a colour map. */
export const STATUS_COLORS = Object.fromEntries(
  Object.entries(STATUS_STYLE).map(([status, style]) => [status, style.color]),
) as Record<Status, string>;

export const CHART_COLORS = {
  progress: '#0072b2',
  expected: '#222222',
  target: '#c4361b',
  projection: '#a65e00',
  grid: '#e3e6ea',
  axis: '#4a4f55',
  series: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a1f5c', '#4a4f55'],
} as const;

/** A series year's colour and icon, borrowed from the status it amounts to. */
export function seriesYearStyle(status: SeriesYearStatus, inYear: Status | null = null) {
  if (status === 'met' || status === 'met_stated') return STATUS_STYLE.achieved;
  if (status === 'missed') return STATUS_STYLE.missed;
  if (status === 'in_progress' && inYear) return STATUS_STYLE[inYear];
  if (status === 'due_no_result') return STATUS_STYLE.due_no_result;
  return STATUS_STYLE.no_data;
}
