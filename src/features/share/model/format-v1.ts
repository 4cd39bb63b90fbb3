/**
 * The positional body of formats 1 and 2: one record per answered question in ascending `code` order, each record
 * the code's distance from the previous one, then the value in the form the question's kind dictates. Option
 * answers travel as indexes into the catalogue's option list, which is append-only, so a link never depends on
 * option names. The catalogue is a parameter so tests can play a newer catalogue against this one.
 *
 * Format 2 may end the records with a distance of 0, which format 1 never wrote: a section of extension records
 * follows, each `varint(type) ‖ varint(length) ‖ payload`. Type 1 lists the number and date questions answered
 * "not sure" (their codes as ascending distances); it is read here, into the answers. The other types carry what
 * is not an answer (notes, the ruleset, scenarios: extensions.ts) and are handed back as they are. A reader
 * meeting a type it does not know says the link was made by a newer version.
 */
import { UNSURE, type Answers, type Question } from '@/domain/questions';
import { ByteReader, ByteWriter, ReadError } from './bytes';
import { readNumber, writeNumber } from './number-codec';

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2000, 0, 1);
/** Far beyond the schema's 2100-12-31; only keeps Date arithmetic in range before the schema speaks. */
const MAX_DAYS = 200_000;

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function daysOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}
const isoOf = (days: number): string => new Date(EPOCH + days * DAY_MS).toISOString().slice(0, 10);

const EXT_UNSURE = 1;

/** An extension record other than "not sure": its type and payload, for extensions.ts. */
export interface ExtensionRecord {
  type: number;
  payload: Uint8Array;
}

/**
 * Answers must be canonical (see `canonicalShareAnswers`): valid, applicable, multi-choices in catalogue order.
 * `extensions` are written after the "not sure" record, in the order given.
 */
export function writeBodyV1(
  answers: Answers,
  catalogue: readonly Question[],
  extensions: readonly ExtensionRecord[] = [],
): Uint8Array {
  const w = new ByteWriter();
  let prev = 0;
  const ordered = [...catalogue].sort((a, b) => a.code - b.code);
  const unsure: number[] = [];
  for (const q of ordered) {
    const v = answers[q.id];
    if (v === undefined) continue;
    if (v === UNSURE && (q.kind === 'number' || q.kind === 'date')) {
      unsure.push(q.code);
      continue;
    }
    w.uvarint(q.code - prev);
    prev = q.code;
    switch (q.kind) {
      case 'single': {
        const i = q.options.findIndex((o) => o.value === v);
        if (i < 0) throw new RangeError(`${q.id}: unknown option ${String(v)}`);
        w.uvarint(i);
        break;
      }
      case 'multi': {
        let mask = 0;
        for (const value of v as string[]) {
          const i = q.options.findIndex((o) => o.value === value);
          if (i < 0) throw new RangeError(`${q.id}: unknown option ${value}`);
          mask += 2 ** i;
        }
        w.uvarint(mask);
        break;
      }
      case 'number':
        writeNumber(w, v as number);
        break;
      case 'text': {
        const bytes = utf8.encode(v as string);
        w.uvarint(bytes.length).bytes(bytes);
        break;
      }
      case 'date':
        w.uvarint(daysOf(v as string));
        break;
    }
  }
  if (unsure.length) {
    const ext = new ByteWriter();
    let last = 0;
    for (const code of unsure) {
      ext.uvarint(code - last);
      last = code;
    }
    const payload = ext.finish();
    w.uvarint(0).uvarint(EXT_UNSURE).uvarint(payload.length).bytes(payload);
  }
  if (extensions.length) {
    if (!unsure.length) w.uvarint(0);
    for (const e of extensions) w.uvarint(e.type).uvarint(e.payload.length).bytes(e.payload);
  }
  return w.finish();
}

/**
 * The extension section after a distance of 0 (format 2): the questions answered "not sure" go into the answers;
 * records of the types in `known` are collected for the caller; any other type is from a newer version.
 */
function readExtensions(
  r: ByteReader,
  byCode: ReadonlyMap<number, Question>,
  out: Record<string, unknown>,
  known: ReadonlySet<number>,
  records: ExtensionRecord[],
): void {
  while (!r.done) {
    const type = r.uvarint();
    const bytes = r.bytes(r.uvarint());
    if (type !== EXT_UNSURE) {
      if (!known.has(type)) throw new ReadError('unknown', `extension ${type} is not known to this version`);
      records.push({ type, payload: bytes });
      continue;
    }
    const payload = new ByteReader(bytes);
    let code = 0;
    while (!payload.done) {
      const delta = payload.uvarint();
      if (delta === 0) throw new ReadError('malformed', 'questions out of order');
      code += delta;
      const q = byCode.get(code);
      if (!q) throw new ReadError('unknown', `question code ${code} is not known to this version`);
      if ((q.kind !== 'number' && q.kind !== 'date') || q.id in out)
        throw new ReadError('malformed', `${q.id} cannot be "not sure"`);
      out[q.id] = UNSURE;
    }
  }
}

export interface ReadOptions {
  /** Whether the body may end with an extension section (format 2). */
  extensions: boolean;
  /** Extension types, besides "not sure", to collect into `records` rather than refuse. */
  known?: ReadonlySet<number>;
  records?: ExtensionRecord[];
}

export function readBodyV1(
  body: Uint8Array,
  catalogue: readonly Question[],
  { extensions, known = new Set(), records = [] }: ReadOptions,
): Record<string, unknown> {
  const byCode = new Map(catalogue.map((q) => [q.code, q]));
  const r = new ByteReader(body);
  const out: Record<string, unknown> = {};
  let code = 0;
  while (!r.done) {
    const delta = r.uvarint();
    if (delta === 0 && extensions) {
      readExtensions(r, byCode, out, known, records);
      break;
    }
    if (delta === 0) throw new ReadError('malformed', 'questions out of order');
    code += delta;
    const q = byCode.get(code);
    if (!q) throw new ReadError('unknown', `question code ${code} is not known to this version`);
    switch (q.kind) {
      case 'single': {
        const i = r.uvarint();
        const o = q.options[i];
        if (!o) throw new ReadError('unknown', `${q.id}: option ${i} is not known to this version`);
        out[q.id] = o.value;
        break;
      }
      case 'multi': {
        const mask = r.uvarint();
        if (mask >= 2 ** q.options.length)
          throw new ReadError('unknown', `${q.id}: an option is not known to this version`);
        const values: string[] = [];
        for (let i = 0; i < q.options.length; i++)
          if (Math.floor(mask / 2 ** i) % 2 === 1) values.push(q.options[i]!.value);
        out[q.id] = values;
        break;
      }
      case 'number':
        out[q.id] = readNumber(r);
        break;
      case 'text': {
        const len = r.uvarint();
        // UTF-8 needs at most 3 bytes per UTF-16 unit; anything longer cannot be a valid answer.
        if (len > q.maxLength * 3) throw new ReadError('malformed', `${q.id}: text too long`);
        try {
          out[q.id] = strictUtf8.decode(r.bytes(len));
        } catch (e) {
          if (e instanceof ReadError) throw e;
          throw new ReadError('malformed', `${q.id}: text is not valid UTF-8`);
        }
        break;
      }
      case 'date': {
        const days = r.uvarint();
        if (days > MAX_DAYS) throw new ReadError('malformed', `${q.id}: date out of range`);
        out[q.id] = isoOf(days);
        break;
      }
    }
  }
  return out;
}

/** The largest body the catalogue allows: every question answered, every text at its maximum in 3-byte characters. */
export function maxBodyBytesV1(catalogue: readonly Question[]): number {
  const varintLen = (n: number) => Math.max(1, Math.ceil(Math.log2(n + 1) / 7));
  let total = 0;
  // The "not sure" extension at most: its marker, type and length, and one distance per number or date question.
  total += 3 + varintLen(catalogue.length * 3);
  for (const q of catalogue) {
    total += varintLen(q.code); // a delta never exceeds the code itself
    switch (q.kind) {
      case 'single':
        total += varintLen(q.options.length);
        break;
      case 'multi':
        total += varintLen(2 ** q.options.length);
        break;
      case 'number':
        total += 1 + 8; // the double fallback is the longest form
        break;
      case 'text':
        total += varintLen(q.maxLength * 3) + q.maxLength * 3;
        break;
      case 'date':
        total += varintLen(MAX_DAYS);
        break;
    }
  }
  return total;
}
