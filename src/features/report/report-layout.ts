// The briefing's chart size: fixed, so it prints at a known width (A4 portrait leaves about
// 680 CSS px between 15 mm margins) and the page never reflows while charts load.
export const REPORT_CHART_WIDTH = 640;
export const REPORT_CHART_HEIGHT = 200;
