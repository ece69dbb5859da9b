// Colours for the dark, projector-safe presentation theme: the Okabe–Ito hues of palette.ts,
// lightened until each holds at least 4.5:1 against the screen's background (#0b1422), so they
// survive a washed-out projector. Always with an icon and a word, never alone.
import type { Status } from '../../domain/evaluation/status.ts';

export const DARK_BACKGROUND = '#0b1422';

export const DARK_STATUS_COLORS: Record<Status, string> = {
  achieved: '#3fd8a0',
  on_track: '#6cc4f5',
  at_risk: '#f5b942',
  off_track: '#ff8a6b',
  missed: '#f09ad4',
  no_data: '#aab4c0',
  due_no_result: '#a9b4ff',
};

export const DARK_CHART_COLORS = {
  track: '#22324a',
  expected: '#ffffff',
  target: '#ffffff',
  grid: '#3a4a62',
} as const;
