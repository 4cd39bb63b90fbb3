/**
 * Text as the PDF can draw it. The PDF embeds only Roboto (Latin, Greek, Cyrillic, common punctuation), so
 * characters it has no glyph for (CJK, emoji, Arabic, Hebrew, …) would otherwise come out as invisible boxes with
 * no text behind them. Instead each run of undrawable characters becomes one U+FFFD "�", and the title page says so;
 * the Markdown export keeps every character.
 */
import { cleanText } from './escape-markdown';
import { FONT_COVERAGE } from './font-coverage';

export const REPLACEMENT = '\uFFFD';

/** Unbroken runs longer than this get invisible break opportunities, so a 500-character word cannot overflow a cell. */
const MAX_UNBROKEN = 40;
const ZERO_WIDTH_SPACE = '\u200B';

export function isDrawable(codePoint: number): boolean {
  let lo = 0;
  let hi = FONT_COVERAGE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = FONT_COVERAGE[mid]!;
    if (codePoint < a) hi = mid - 1;
    else if (codePoint > b) lo = mid + 1;
    else return true;
  }
  return false;
}

const LONG_RUN = new RegExp(`[^\\s${ZERO_WIDTH_SPACE}]{${MAX_UNBROKEN}}(?=\\S)`, 'gu');
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const breakLongWords = (s: string): string =>
  s.length > MAX_UNBROKEN ? s.replace(LONG_RUN, `$&${ZERO_WIDTH_SPACE}`) : s;

function allDrawable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 || c > 0x7e) && !isDrawable(s.codePointAt(i)!)) return false;
  }
  return true;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export interface PdfTextCleaner {
  /** Drawable text; `multiline` keeps line breaks (collapsing long runs of empty lines). */
  clean(text: string, multiline?: boolean): string;
  /** How many runs of undrawable characters were replaced so far. */
  readonly replacedRuns: number;
}

export function createPdfTextCleaner(): PdfTextCleaner {
  let replacedRuns = 0;

  const drawable = (line: string): string => {
    // Almost all text is drawable as it stands: only segment into graphemes when something is not.
    if (PRINTABLE_ASCII.test(line) || allDrawable(line)) return breakLongWords(line);
    let out = '';
    let inRun = false;
    for (const { segment } of segmenter.segment(line)) {
      const cps = [...segment].map((c) => c.codePointAt(0)!);
      // A drawable base keeps its drawable marks and drops the rest (variation selectors, ZWJ).
      if (isDrawable(cps[0]!)) {
        out += String.fromCodePoint(...cps.filter(isDrawable));
        inRun = false;
      } else if (!inRun) {
        out += REPLACEMENT;
        replacedRuns++;
        inRun = true;
      }
    }
    return breakLongWords(out);
  };

  return {
    clean(text, multiline = false) {
      const normal = cleanText(text.normalize('NFC'));
      if (!multiline) return drawable(normal.replace(/\s+/g, ' ').trim());
      return normal
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
        .split('\n')
        .map((l) => drawable(l.replace(/[ \t]+/g, ' ')))
        .join('\n');
    },
    get replacedRuns() {
      return replacedRuns;
    },
  };
}
