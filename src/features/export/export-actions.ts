/**
 * Small pure helpers behind the export buttons: file names, and handing bytes to the browser as a download.
 * Nothing is uploaded: the file is made in the page and saved from a local object URL.
 */
import { downloadFile, slugify } from '@/components/ui/download';
import { splitByApplicability, type Answers } from '@/domain/questions';
import type { ReaderId } from './document';
import { datePart } from './format';

export type ExportFormat = 'md' | 'pdf' | 'csv';

export const MIME: Record<ExportFormat, string> = {
  md: 'text/markdown;charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
};

/** How each reader's document is named in its file: `scopewise-<project>-<reader>-<date>`. */
const readerSlugs: Record<ReaderId, string> = {
  full: '',
  exec: 'executive-summary',
  compliance: 'compliance-appendix',
  backlog: 'backlog',
  adr: 'decision-record',
};

// Letters Unicode does not decompose into a base letter plus accent, so a plain slug would drop them ("Łódź" → "odz").
const LATIN_EXTRA: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const transliterate = (s: string): string =>
  s.replace(/[łøæœßđðþı]/gi, (c) => {
    const lower = LATIN_EXTRA[c.toLowerCase()] ?? c;
    return c === c.toLowerCase() ? lower : lower.toUpperCase();
  });

/**
 * `scopewise-<project-slug>-<YYYY-MM-DD>.<ext>` for the full plan, `scopewise-<project-slug>-<reader>-<date>.<ext>`
 * for a reader's document; "plan" stands in for a missing or unusable project name.
 */
export function exportFilename(
  answers: Answers,
  generatedAt: string,
  format: ExportFormat,
  reader: ReaderId = 'full',
): string {
  const { active } = splitByApplicability(answers);
  const name = typeof active.projectName === 'string' ? active.projectName : '';
  const who = readerSlugs[reader] ? `-${readerSlugs[reader]}` : '';
  return `scopewise-${slugify(transliterate(name), 'plan')}${who}-${datePart(generatedAt)}.${format}`;
}

export function downloadExport(filename: string, data: string | Uint8Array, format: ExportFormat): void {
  // Copy into a fresh ArrayBuffer-backed view: a Blob part must not be a view on a shared or resizable buffer.
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  downloadFile(filename, part, MIME[format]);
}
