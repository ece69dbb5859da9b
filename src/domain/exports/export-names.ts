// File names and time stamps every export shares, so a folder of exports sorts and reads well.

/** Lower-case ASCII words joined by "-", for file names that survive every file system. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'export'
  );
}

/** "plan-tracker-overview-2025-01-15[-simulated].csv": what, as of when, and whether simulated. */
export function exportFileName(
  what: string,
  asOf: string,
  extension: string,
  simulated: boolean,
): string {
  return `plan-tracker-${slug(what)}-${asOf}${simulated ? '-simulated' : ''}.${extension}`;
}

/**
 * What a chart file is named after: the indicator or series whose page it is on, the compared
 * ids, or on the overview the chart's own id (which names its plan), so two different charts
 * never share a file name.
 */
export function chartFileSubject(path: string, ids: readonly string[], figureId: string): string {
  const chart = figureId.replace(/^chart-/, '');
  const page = /^\/(indicator|series)\/([^/]+)$/.exec(path);
  if (page) return `chart-${page[2]}-${chart}`;
  if (path === '/compare') return `chart-compare-${ids.join('-')}`;
  return `chart-${chart}`;
}

/** "2026-05-01 14:03 (UTC+8)": the moment of export in the plans' time zone (Beijing). */
export function formatExportTime(moment: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (UTC+8)`;
}

/** How many hex digits of the dataset's SHA-256 name it in stamps and headers. */
export const DATASET_ID_DIGITS = 12;

/**
 * The dataset's id as stamps print it: the hash's first digits, or for demo data the whole
 * "demo-<seed>-<size>-" prefix (or a draft's "draft-<day>-") plus those digits (cutting at 12
 * left "demo-2026-0-").
 */
export function shortDatasetId(datasetHash: string): string {
  const marked = /^(demo--?\d+-\d+-|draft-\d{4}-\d{2}-\d{2}-)/.exec(datasetHash);
  const prefix = marked?.[0] ?? '';
  return prefix + datasetHash.slice(prefix.length, prefix.length + DATASET_ID_DIGITS);
}
