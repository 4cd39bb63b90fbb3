/**
 * Notes on answers: a short text a user may keep beside any answer (why it is so, who confirmed it). Plain text
 * only: every renderer writes it as text (React text, escaped Markdown, cleaned PDF text), never as markup. Saved
 * with the draft, written to answers files, carried by share links and printed in every export. Free of zod, so
 * the questionnaire can use it without loading the validator.
 */
import { NOTE_MAX_LENGTH } from './note-limit';
import { isAnswered, type Answers } from './questions';

export { NOTE_MAX_LENGTH };

/** Notes by question id. */
export type Notes = Partial<Record<string, string>>;

// Control characters (but the line feed), and the bidirectional overrides and isolates that can make a note read
// as something else ("invoice‮fdp.exe"): a note never needs them.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNWANTED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A note as it is kept: line breaks as "\n" (at most one blank line in a row), no control or direction-override
 * characters, trimmed, and cut at the limit without splitting a character in two.
 */
export function cleanNote(text: string): string {
  let s = text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(UNWANTED, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (s.length > NOTE_MAX_LENGTH) {
    s = s.slice(0, NOTE_MAX_LENGTH);
    // A surrogate pair cut in half leaves its first half at the end.
    if (/[\uD800-\uDBFF]$/.test(s)) s = s.slice(0, -1);
    s = s.trimEnd();
  }
  return s;
}

/** The notes with every note cleaned and the empty ones dropped; keys in the order given. */
export function cleanNotes(notes: Readonly<Notes>): Notes {
  const out: Notes = {};
  for (const [id, text] of Object.entries(notes)) {
    if (typeof text !== 'string') continue;
    const c = cleanNote(text);
    if (c) out[id] = c;
  }
  return out;
}

/** The notes that belong with these answers: on answered questions only (what exports, files and links carry). */
export function notesOfAnswers(notes: Readonly<Notes>, answers: Answers): Notes {
  const out: Notes = {};
  for (const [id, text] of Object.entries(cleanNotes(notes))) if (isAnswered(answers[id])) out[id] = text;
  return out;
}

export const hasNotes = (notes: Readonly<Notes> | undefined): boolean =>
  !!notes && Object.values(notes).some((t) => typeof t === 'string' && t.length > 0);
