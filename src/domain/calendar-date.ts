/**
 * Dates as the answers file, the CLI and share links write them: `YYYY-MM-DD` on the Gregorian calendar. Checked
 * by hand because `Date.parse` rolls impossible days over (2027-02-30 becomes 2 March) instead of refusing them.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `s` is written YYYY-MM-DD at all; {@link isCalendarDate} also checks that the day exists. */
export const isIsoDateShape = (s: string): boolean => ISO_DATE.test(s);

/** True only for a day that exists: not 2027-02-30, not 2027-13-45, 2028-02-29 but not 2027-02-29. */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
