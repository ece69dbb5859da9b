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
