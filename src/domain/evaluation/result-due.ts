// When a target's result is due: some time after its deadline, when the reports that state it
// normally appear (the January government work report, the March statistical communiqué).

/** Months after a deadline by which its result is normally published. */
export const RESULT_DUE_MONTHS = 3;

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day a target's result is due: RESULT_DUE_MONTHS after its deadline, on the same day of
 * the month or the month's last day (2025-12-31 → 2026-03-31; 2024-11-30 → 2025-02-28).
 */
export function resultDueOn(deadline: string, months: number = RESULT_DUE_MONTHS): string {
  const year = Number(deadline.slice(0, 4));
  const month = Number(deadline.slice(5, 7));
  const day = Number(deadline.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const dueYear = Math.floor(index / 12);
  const dueMonth = (index % 12) + 1;
  // A deadline at a month's end keeps its result due at the due month's end.
  const lastDay = daysInMonth(dueYear, dueMonth);
  const dueDay = day === daysInMonth(year, month) ? lastDay : Math.min(day, lastDay);
  return `${dueYear}-${String(dueMonth).padStart(2, '0')}-${String(dueDay).padStart(2, '0')}`;
}
