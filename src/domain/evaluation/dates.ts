// ISO calendar-day helpers. Every difference is taken in UTC so a day is always 24 hours.

export const MS_PER_DAY = 86_400_000;
/** Average Gregorian year, so paces per year do not jump in leap years. */
export const DAYS_PER_YEAR = 365.25;
export const MONTHS_PER_YEAR = 12;
/** The plans are Beijing's: "today" is the calendar day in Beijing. */
export const PLAN_TIME_ZONE = 'Asia/Shanghai';

/** Parsed days, remembered: evaluating 10,000 indicators asks for the same few hundred dates. */
const parsedDays = new Map<string, number>();
const PARSED_DAYS_KEPT = 20_000;

/** Milliseconds since the epoch at UTC midnight of an ISO 'YYYY-MM-DD' day. */
export function isoToUtcMs(iso: string): number {
  const known = parsedDays.get(iso);
  if (known !== undefined) return known;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (parsedDays.size >= PARSED_DAYS_KEPT) parsedDays.clear(); // bounded, whatever it is fed
  parsedDays.set(iso, ms);
  return ms;
}

/** Whole days from a to b (negative when b is earlier), counted in UTC. */
export function daysBetween(a: string, b: string): number {
  return Math.round((isoToUtcMs(b) - isoToUtcMs(a)) / MS_PER_DAY);
}

/** The ISO day n days after iso (n may be negative), for building test and chart dates. */
export function addDays(iso: string, n: number): string {
  return new Date(isoToUtcMs(iso) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's ISO date in the plans' time zone, the default "as of" date. */
export function todayIso(now: Date = new Date(), timeZone: string = PLAN_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Beijing's offset from UTC: China has kept UTC+8 all year, with no daylight saving, since 1991. */
export const PLAN_UTC_OFFSET_MS = 8 * 3_600_000;

/** The instant (ms since the epoch) the next calendar day starts in Beijing, strictly after nowMs. */
export function nextPlanMidnightMs(nowMs: number): number {
  return (
    (Math.floor((nowMs + PLAN_UTC_OFFSET_MS) / MS_PER_DAY) + 1) * MS_PER_DAY - PLAN_UTC_OFFSET_MS
  );
}

/**
 * The calendar day (YYYY-MM-DD) it is in Beijing at `now`: from 16:00 UTC on, already the next
 * UTC day's date. Plain arithmetic on the fixed UTC+8 offset, so it needs no time-zone data.
 */
export function beijingDateOf(now: Date): string {
  return new Date(now.getTime() + PLAN_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
