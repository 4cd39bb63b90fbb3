/**
 * Dates as the exports show them. Figures come from src/domain/format.ts, shared with the results page, so a
 * reader sees the same numbers on screen and on paper.
 */

/** "2026-11-23 22:40 UTC" from an ISO timestamp, "2026-11-23" from a date; anything else is shown as given. */
export function formatGeneratedAt(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const utc = d.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

/** The date part, for file names and the title page. */
export function datePart(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? 'undated';
}
