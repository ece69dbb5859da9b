// Numeric date text that no reading order makes a real day ("2025/13/40", "2026-02-30"), told
// apart from text that more than one order could read ("03/04/2025"), so each gets its own message.

const daysIn = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

const isDay = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);

/** True when numeric date text ("2025/13/40") is no real day in any year-month-day order. */
export function isImpossibleDate(text: string): boolean {
  const parts = text.split(/[/.-]/);
  if (parts.length !== 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return false;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  const fullYear = (n: number) => (n < 100 ? 2000 + n : n);
  // The year is written first or last; the other two may be month-day or day-month.
  const readings: [number, number, number][] = [];
  if (parts[2]!.length !== 4) readings.push([fullYear(a), b, c], [fullYear(a), c, b]);
  if (parts[0]!.length !== 4) readings.push([fullYear(c), b, a], [fullYear(c), a, b]);
  return !readings.some(([y, m, d]) => isDay(y, m, d));
}
