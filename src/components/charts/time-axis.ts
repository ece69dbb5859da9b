// The date axis every time-series chart uses; spread onto Recharts' <XAxis>.
import { CHART_COLORS } from '../ui/palette';

export function timeAxisProps(formatDate: (t: number) => string, fontSize = 12) {
  return {
    dataKey: 't',
    type: 'number',
    scale: 'time',
    domain: ['dataMin', 'dataMax'],
    tickFormatter: formatDate,
    tick: { fill: CHART_COLORS.axis, fontSize },
    minTickGap: 24,
  } as const;
}
