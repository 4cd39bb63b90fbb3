/**
 * Escaping for user-supplied (and engine-supplied) text placed into Markdown. The output must read as plain text
 * in any CommonMark/GFM renderer, including ones that pass raw HTML through: no elements, links, headings, lists,
 * tables or emphasis may come from the text itself.
 */

/** Bidi embeddings, overrides and isolates: harmless to Markdown, but they can make the rest of a line read backwards. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0/C1 controls other than tab and line breaks (terminal escapes, NUL, bell). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;
// eslint-disable-next-line no-control-regex -- vertical tab and form feed end lines for some renderers
const LINE_BREAKS = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

/** Drops invisible controls and normalises every kind of line break to `\n`. */
export function cleanText(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
}

/** Text on one line: all line breaks and runs of whitespace become one space. */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

// `<`, `>` and `&` become entities rather than backslash escapes: entities are honoured by every renderer, even the
// non-CommonMark ones some wikis use, and `&amp;` stops user-typed entities from turning into markup.
const INLINE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '[': '\\[',
  ']': '\\]',
  '|': '\\|',
  '~': '\\~',
  '#': '\\#',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
};
const INLINE_SPECIALS = /[\\`*_[\]|~#<>&]/g;

/**
 * Escapes text for use inline: in a paragraph, heading, list item or table cell, at the start of a line or not.
 * The result is single-line, so it cannot end a table row or start a new block.
 */
export function escapeInline(text: string): string {
  const escaped = singleLine(text).replace(INLINE_SPECIALS, (c) => INLINE_ESCAPES[c] ?? c);
  return (
    escaped
      // At the start of a line these begin a list, a setext underline or a thematic break.
      .replace(/^([-+=])/, '\\$1')
      // "1. " or "1)" ending the text begins an ordered list at the start of a line; "2026.11" does not.
      .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Longest run of `char` in `text`. */
function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * Long, multi-line free text kept exactly as written, inside a fenced code block. The fence is longer than any
 * backtick run in the text, so nothing inside can close it; code blocks never render HTML or Markdown.
 */
export function fencedText(text: string): string {
  const body = cleanText(text)
    .replace(/[ \t]+$/gm, '')
    // Thousands of empty lines add nothing to a document; one blank line keeps paragraphs apart.
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}text\n${body}\n${fence}`;
}
