/**
 * Format 2's extension records that carry what is not an answer (see format.md):
 * - type 2, notes on answers: for each note, in ascending question code, varint(code − previous code) ‖
 *   varint(UTF-8 length) ‖ UTF-8;
 * - type 3, the ruleset the link was made with: varint(year) ‖ varint(month) ‖ varint(serial), for "YYYY.MM.N";
 * - type 4, one scenario of a comparison, in column order: varint(flags) (bit 0: an approach is forced), then the
 *   forced approach's index in `approachIds` if so, varint(name length) ‖ UTF-8 name, varint(count) and the codes of
 *   the link's answers this scenario does not have (ascending distances), then a positional body (format-v1.ts,
 *   "not sure" section included) of the answers it has that differ from the link's.
 * Pure; the catalogue is a parameter like everywhere in the codec.
 */
import { approachIds, type ApproachId } from '@/domain/plan';
import type { Notes } from '@/domain/notes';
import { NOTE_MAX_LENGTH } from '@/domain/notes';
import type { Answers, Question } from '@/domain/questions';
import { ByteReader, ByteWriter, ReadError } from './bytes';
import { readBodyV1, writeBodyV1, type ExtensionRecord } from './format-v1';

export const EXT_NOTES = 2;
export const EXT_RULESET = 3;
export const EXT_SCENARIO = 4;
export const knownExtensions: ReadonlySet<number> = new Set([EXT_NOTES, EXT_RULESET, EXT_SCENARIO]);

/** What a scenario carries in a link; its answers are the link's answers with `changed` and without `removed`. */
export interface SharedScenario {
  name: string;
  forceApproach?: ApproachId;
  answers: Answers;
}

/** A scenario's name in a link: short, one line. */
export const SCENARIO_NAME_MAX = 60;
const RULESET = /^(\d{4})\.(\d{1,2})\.(\d+)$/;

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function text(r: ByteReader, maxUnits: number, what: string): string {
  const len = r.uvarint();
  if (len > maxUnits * 3) throw new ReadError('malformed', `${what}: too long`);
  try {
    return strictUtf8.decode(r.bytes(len));
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError('malformed', `${what}: not valid UTF-8`);
  }
}

export function writeNotes(notes: Notes, catalogue: readonly Question[]): ExtensionRecord | undefined {
  const w = new ByteWriter();
  let prev = 0;
  let any = false;
  for (const q of [...catalogue].sort((a, b) => a.code - b.code)) {
    const note = notes[q.id];
    if (!note) continue;
    const bytes = utf8.encode(note);
    w.uvarint(q.code - prev)
      .uvarint(bytes.length)
      .bytes(bytes);
    prev = q.code;
    any = true;
  }
  return any ? { type: EXT_NOTES, payload: w.finish() } : undefined;
}

export function readNotes(payload: Uint8Array, catalogue: readonly Question[]): Notes {
  const byCode = new Map(catalogue.map((q) => [q.code, q]));
  const r = new ByteReader(payload);
  const out: Notes = {};
  let code = 0;
  while (!r.done) {
    const delta = r.uvarint();
    if (delta === 0) throw new ReadError('malformed', 'notes out of order');
    code += delta;
    const q = byCode.get(code);
    if (!q) throw new ReadError('unknown', `question code ${code} is not known to this version`);
    out[q.id] = text(r, NOTE_MAX_LENGTH, `note on ${q.id}`);
  }
  return out;
}

export function writeRuleset(version: string): ExtensionRecord {
  const m = RULESET.exec(version);
  if (!m) throw new RangeError(`not a ruleset version: ${version}`);
  const w = new ByteWriter().uvarint(Number(m[1])).uvarint(Number(m[2])).uvarint(Number(m[3]));
  return { type: EXT_RULESET, payload: w.finish() };
}

export function readRuleset(payload: Uint8Array): string {
  const r = new ByteReader(payload);
  const year = r.uvarint();
  const month = r.uvarint();
  const serial = r.uvarint();
  if (!r.done || year < 1000 || year > 9999 || month < 1 || month > 12)
    throw new ReadError('malformed', 'ruleset version out of range');
  return `${year}.${month}.${serial}`;
}

export function writeScenario(
  scenario: SharedScenario,
  base: Answers,
  catalogue: readonly Question[],
): ExtensionRecord {
  const w = new ByteWriter();
  const forced = scenario.forceApproach ? approachIds.indexOf(scenario.forceApproach) : -1;
  w.uvarint(forced >= 0 ? 1 : 0);
  if (forced >= 0) w.uvarint(forced);
  const name = utf8.encode(scenario.name.slice(0, SCENARIO_NAME_MAX));
  w.uvarint(name.length).bytes(name);
  const removed = catalogue
    .filter((q) => base[q.id] !== undefined && scenario.answers[q.id] === undefined)
    .map((q) => q.code)
    .sort((a, b) => a - b);
  w.uvarint(removed.length);
  let prev = 0;
  for (const c of removed) {
    w.uvarint(c - prev);
    prev = c;
  }
  const changed: Answers = {};
  for (const [id, v] of Object.entries(scenario.answers))
    if (JSON.stringify(v) !== JSON.stringify(base[id])) changed[id] = v;
  w.bytes(writeBodyV1(changed, catalogue));
  return { type: EXT_SCENARIO, payload: w.finish() };
}

export function readScenario(
  payload: Uint8Array,
  base: Readonly<Record<string, unknown>>,
  catalogue: readonly Question[],
): { name: string; forceApproach?: ApproachId; answers: Record<string, unknown> } {
  const byCode = new Map(catalogue.map((q) => [q.code, q]));
  const r = new ByteReader(payload);
  const flags = r.uvarint();
  if (flags & ~1) throw new ReadError('unknown', 'scenario flags from a newer version');
  let forceApproach: ApproachId | undefined;
  if (flags & 1) {
    const i = r.uvarint();
    forceApproach = approachIds[i];
    if (!forceApproach) throw new ReadError('unknown', `approach ${i} is not known to this version`);
  }
  const name = text(r, SCENARIO_NAME_MAX, 'scenario name');
  const answers: Record<string, unknown> = { ...base };
  let code = 0;
  for (let n = r.uvarint(); n > 0; n--) {
    const delta = r.uvarint();
    if (delta === 0) throw new ReadError('malformed', 'removed answers out of order');
    code += delta;
    const q = byCode.get(code);
    if (!q) throw new ReadError('unknown', `question code ${code} is not known to this version`);
    delete answers[q.id];
  }
  Object.assign(answers, readBodyV1(payload.subarray(r.offset), catalogue, { extensions: true }));
  return { name, ...(forceApproach ? { forceApproach } : {}), answers };
}
