// The briefing's chart size: it prints at a known width (A4 portrait leaves about 680 CSS px
// between 15 mm margins) and is never wider on screen, only narrower in a phone-sized box; the
// height is fixed so the page never reflows while charts load.
export const REPORT_CHART_WIDTH = 640;
export const REPORT_CHART_HEIGHT = 200;
