/**
 * The share-link codec with the catalogue as a parameter (tests play older and newer catalogues against it);
 * `share-link.ts` binds it to the live catalogue for the app.
 */
import { deflateSync } from 'fflate';
import { z } from '@/domain/zod';
import { answerSchema, answersSchema, notesSchema, RULESET_OF_VERSION_1 } from '@/domain/answers';
import { cleanNotes, notesOfAnswers, type Notes } from '@/domain/notes';
import {
  isAnswered,
  questions,
  splitByApplicability,
  upgradeAnswers,
  type Answers,
  type Question,
} from '@/domain/questions';
import { ReadError } from './bytes';
import {
  EXT_NOTES,
  EXT_RULESET,
  EXT_SCENARIO,
  knownExtensions,
  readNotes,
  readRuleset,
  readScenario,
  writeNotes,
  writeRuleset,
  writeScenario,
  type SharedScenario,
} from './extensions';
import { maxBodyBytesV1, readBodyV1, writeBodyV1, type ExtensionRecord } from './format-v1';
import { frame, TAG_PATTERN, unframe } from './frame';
import { looksLikeShare, normalizeFragment } from './tag';
import { inflateCapped } from './inflate-capped';
import { migrate, type RawAnswers } from './migrations';

/** The format this version writes. Bump only together with a migration (see migrations.ts). */
export const SHARE_FORMAT_VERSION = 2;
/**
 * Longest fragment the decoder will look at. It sits above the longest link this catalogue can produce (every
 * text at its maximum in 3-byte characters, about 4,600 characters; pinned by a test) and far below anything that
 * could hurt; longer input is rejected before any decoding work.
 */
export const MAX_FRAGMENT_LENGTH = 8_000;
/** Cap on the inflated body; the largest real body is under 4 KiB. */
export const MAX_BODY_BYTES = 64 * 1024;

const FLAG_DEFLATE = 1;

export type DecodeFailureReason = 'truncated-or-altered' | 'newer-version' | 'too-large' | 'not-ours';
/** What a link may carry besides the answers (format 2's extension records, see extensions.ts). */
export interface ShareExtras {
  notes?: Notes;
  /** The ruleset the plan was seen with. */
  rulesetVersion?: string;
  /** A comparison: its scenarios in column order, the first being the link's own answers. */
  scenarios?: SharedScenario[];
}

export type DecodeResult =
  | ({ ok: true; answers: Answers; formatVersion: number; migratedFrom?: number } & ShareExtras)
  | { ok: false; reason: DecodeFailureReason; message: string };

export const failureMessages: Record<DecodeFailureReason, string> = {
  'truncated-or-altered':
    'This link is incomplete or was changed on its way to you, so it cannot be trusted to show the plan it was made from. Ask the sender to copy the whole link again.',
  'newer-version':
    'This link was made by a newer version of Scopewise than the one open here. When this page offers “A new version is ready”, choose Reload and open the link again; if it does not, the site has not been updated to that version yet.',
  'too-large': 'This link is larger than any Scopewise plan can be, so it was not opened.',
  'not-ours': 'This is not a Scopewise share link.',
};

const fail = (reason: DecodeFailureReason): DecodeResult => ({
  ok: false,
  reason,
  message: failureMessages[reason],
});

/** Thrown by the encoder for answers that are not valid; a programming error in the caller, not a user error. */
export class ShareEncodeError extends Error {}

const schemaCache = new WeakMap<readonly Question[], z.ZodMiniType<Answers>>();
function schemaFor(catalogue: readonly Question[]): z.ZodMiniType<Answers> {
  if (catalogue === questions) return answersSchema;
  let s = schemaCache.get(catalogue);
  if (!s) {
    s = z.strictObject(
      Object.fromEntries(catalogue.map((q) => [q.id, z.optional(answerSchema(q))])),
    ) as unknown as z.ZodMiniType<Answers>;
    schemaCache.set(catalogue, s);
  }
  return s;
}

/**
 * What a link carries for these answers: only applicable, answered questions, validated and normalised (text
 * trimmed, multi-choices in catalogue order), keys in catalogue order. Decoding a link yields exactly this.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function canonicalShareAnswers(answers: Answers): Answers {
  const answered: Answers = {};
  for (const [id, v] of Object.entries(answers)) {
    if (!isAnswered(v)) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    // A lone surrogate cannot be written as UTF-8; replace it the way every UTF-8 encoder would, up front.
    answered[id] = typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v;
  }
  const { active } = splitByApplicability(upgradeAnswers(answered));
  const parsed = answersSchema.safeParse(active);
  if (!parsed.success)
    throw new ShareEncodeError(
      `Cannot share invalid answers: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`,
    );
  const out: Answers = {};
  for (const q of questions) {
    const v = parsed.data[q.id];
    if (v === undefined) continue;
    if (q.kind === 'multi' && Array.isArray(v)) {
      const order = q.options.map((o) => o.value);
      out[q.id] = [...v].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    } else out[q.id] = Object.is(v, -0) ? 0 : v;
  }
  return out;
}

/** Frames already-canonical answers as a fragment of the current format (no leading '#'). */
export function encodeCanonical(
  answers: Answers,
  catalogue: readonly Question[] = questions,
  extensions: readonly ExtensionRecord[] = [],
): string {
  const body = writeBodyV1(answers, catalogue, extensions);
  const deflated = deflateSync(body, { level: 9, mem: 8 });
  const useDeflate = deflated.length < body.length;
  const payload = useDeflate ? deflated : body;
  const content = new Uint8Array(1 + payload.length);
  content[0] = useDeflate ? FLAG_DEFLATE : 0;
  content.set(payload, 1);
  return frame(SHARE_FORMAT_VERSION, content);
}

/**
 * The link's fragment for these answers and, when given, what else it carries: notes (those on answers the link
 * carries), the ruleset, the scenarios of a comparison. Without extras it is exactly the answers-only link.
 */
export function encodeShareFragment(answers: Answers, extras: ShareExtras = {}): string {
  const canonical = canonicalShareAnswers(answers);
  const records: ExtensionRecord[] = [];
  const notes = extras.notes && writeNotes(notesOfAnswers(extras.notes, canonical), questions);
  if (notes) records.push(notes);
  if (extras.rulesetVersion) records.push(writeRuleset(extras.rulesetVersion));
  for (const s of extras.scenarios ?? [])
    records.push(writeScenario({ ...s, answers: canonicalShareAnswers(s.answers) }, canonical, questions));
  return encodeCanonical(canonical, questions, records);
}

type Decoded = { raw: RawAnswers; records: ExtensionRecord[] } | { failed: DecodeFailureReason };

function decodeContent(version: number, content: Uint8Array, catalogue: readonly Question[]): Decoded {
  if (version === 0) {
    // Format 0: UTF-8 JSON with named keys, no compression (see migrations.ts).
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(content));
    } catch {
      return { failed: 'truncated-or-altered' };
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      return { failed: 'truncated-or-altered' };
    return { raw: raw as RawAnswers, records: [] };
  }
  const flags = content[0];
  if (flags === undefined) return { failed: 'truncated-or-altered' };
  // Unknown flag bits are how a newer writer would announce a feature this reader lacks.
  if ((flags & ~FLAG_DEFLATE) !== 0) return { failed: 'newer-version' };
  let body = content.subarray(1);
  if (flags & FLAG_DEFLATE) {
    const inflated = inflateCapped(body, MAX_BODY_BYTES);
    if (!inflated.ok) return { failed: inflated.why === 'too-large' ? 'too-large' : 'truncated-or-altered' };
    body = inflated.bytes;
  }
  // Formats 1 and 2 share the positional body; format 2 retired a question (see migrations.ts) and may end
  // the body with extension records ("not sure" answers).
  const records: ExtensionRecord[] = [];
  const raw = readBodyV1(body, catalogue, { extensions: version >= 2, known: knownExtensions, records });
  return { raw, records };
}

/** The extension records read into what they carry; undefined when one is malformed or invalid. */
function readExtras(
  records: readonly ExtensionRecord[],
  raw: RawAnswers,
  catalogue: readonly Question[],
): ShareExtras | undefined {
  const extras: ShareExtras = {};
  for (const { type, payload } of records) {
    if (type === EXT_NOTES) {
      if (extras.notes) return undefined;
      const parsed = notesSchema.safeParse(readNotes(payload, catalogue));
      if (!parsed.success) return undefined;
      extras.notes = cleanNotes(parsed.data);
    } else if (type === EXT_RULESET) {
      if (extras.rulesetVersion) return undefined;
      extras.rulesetVersion = readRuleset(payload);
    } else if (type === EXT_SCENARIO) {
      const s = readScenario(payload, raw, catalogue);
      const parsed = schemaFor(catalogue).safeParse(s.answers);
      if (!parsed.success) return undefined;
      (extras.scenarios ??= []).push({ ...s, answers: parsed.data });
    }
  }
  return extras;
}

export function decodeWith(fragment: string, catalogue: readonly Question[] = questions): DecodeResult {
  try {
    if (typeof fragment !== 'string') return fail('not-ours');
    // Percent-encoding can triple a fragment's length; anything longer than that is no link of ours.
    if (fragment.length > 3 * MAX_FRAGMENT_LENGTH + 16) return fail('too-large');
    const text = normalizeFragment(fragment);
    if (text.length > MAX_FRAGMENT_LENGTH) return fail('too-large');
    const tag = TAG_PATTERN.exec(text);
    // A damaged tag (`S1.`, `s01.`, `s1000000.`, no dot) is still recognisably ours: say it was altered.
    if (!tag) return fail(looksLikeShare(text) ? 'truncated-or-altered' : 'not-ours');
    const version = Number(tag[1]);
    if (version > SHARE_FORMAT_VERSION) return fail('newer-version');
    const content = unframe(version, text.slice(tag[0].length));
    if (!content) return fail('truncated-or-altered');
    const decoded = decodeContent(version, content, catalogue);
    if ('failed' in decoded) return fail(decoded.failed);
    const migrated = migrate(decoded.raw, version, SHARE_FORMAT_VERSION);
    if (!migrated) return fail('newer-version');
    const parsed = schemaFor(catalogue).safeParse(migrated);
    if (!parsed.success) return fail('truncated-or-altered');
    const extras = readExtras(decoded.records, decoded.raw, catalogue);
    if (!extras) return fail('truncated-or-altered');
    // Links of formats 0 and 1 name no ruleset, but only one ever wrote them.
    if (version < 2) extras.rulesetVersion = RULESET_OF_VERSION_1;
    return version < SHARE_FORMAT_VERSION
      ? { ok: true, answers: parsed.data, formatVersion: version, migratedFrom: version, ...extras }
      : { ok: true, answers: parsed.data, formatVersion: version, ...extras };
  } catch (e) {
    return fail(e instanceof ReadError && e.kind === 'unknown' ? 'newer-version' : 'truncated-or-altered');
  }
}

export const decodeShareFragment = (fragment: string): DecodeResult => decodeWith(fragment);

/** Upper bound on the fragment length the live catalogue can produce (every text at its maximum, worst bytes). */
export function maxFragmentLength(catalogue: readonly Question[] = questions): number {
  const content = 1 + maxBodyBytesV1(catalogue);
  const framed = 4 + Math.ceil(Math.log2(content + 1) / 7) + content;
  return `s${SHARE_FORMAT_VERSION}.`.length + Math.ceil((framed * 4) / 3);
}
