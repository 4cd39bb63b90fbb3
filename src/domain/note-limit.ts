/**
 * How long a note on an answer may be: long enough for a reason and a name, short enough to stay a note. Counted
 * in UTF-16 units, as inputs count. A module of its own so the questionnaire's note field does not bring the
 * cleaner (notes.ts) with it.
 */
export const NOTE_MAX_LENGTH = 300;
