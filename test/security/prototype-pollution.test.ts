/**
 * Prototype-pollution keys in everything the app reads from outside: an imported answers file, a share link (the
 * named-key format 0 is the one that can carry arbitrary keys) and the saved draft. Each must be rejected, and no
 * prototype may change on the way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnswersFile } from '@/domain/answers';
import { decodeShareFragment } from '@/features/share/model/codec';
import { frame } from '@/features/share/model/frame';
import { DRAFT_KEY } from '@/features/wizard/model/draft-storage';
import { loadDraft } from '@/features/wizard/model/load-draft';

const POISON = { polluted: 'yes', toString: 'no', isAdmin: true };
const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** JSON text in which `key` holds a poisoned object, the way an attacker writes it (JSON.parse keeps `__proto__`). */
const poisoned = (key: string) => `{${JSON.stringify(key)}:${JSON.stringify(POISON)}}`;
/** `constructor.prototype`, the other classic route to Object.prototype. */
const deep = `{"constructor":{"prototype":${JSON.stringify(POISON)}}}`;

function expectNothingPolluted() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(typeof probe.toString).toBe('function');
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
  expect(Object.getOwnPropertyNames(Function.prototype)).not.toContain('polluted');
}

afterEach(() => {
  // A failed run must not leak into the next test.
  for (const proto of [Object.prototype, Array.prototype, Function.prototype] as Record<string, unknown>[]) {
    delete proto.polluted;
    delete proto.isAdmin;
  }
});

const answersFile = (answers: string, extra = '') =>
  `{"format":"scopewise-answers","schemaVersion":1,"answers":${answers}${extra}}`;

describe('imported answers files', () => {
  it.each(KEYS)('rejects %s inside answers, naming it', (key) => {
    const r = parseAnswersFile(answersFile(poisoned(key)));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(key);
    expectNothingPolluted();
  });

  it.each(KEYS)('rejects %s at the top level of the file', (key) => {
    const r = parseAnswersFile(answersFile('{}', `,${JSON.stringify(key)}:${JSON.stringify(POISON)}`));
    expect(r.ok).toBe(false);
    expectNothingPolluted();
  });

  it('rejects constructor.prototype, and poison inside an answer value', () => {
    expect(parseAnswersFile(answersFile(deep)).ok).toBe(false);
    expect(parseAnswersFile(answersFile(`{"regions":${poisoned('__proto__')}}`)).ok).toBe(false);
    expect(parseAnswersFile(answersFile(`{"projectName":"A","teamSize":${poisoned('__proto__')}}`)).ok).toBe(
      false,
    );
    expectNothingPolluted();
  });

  it('still accepts a clean file, so the rejections above are about the keys', () => {
    expect(parseAnswersFile(answersFile('{"projectName":"Policy assistant"}')).ok).toBe(true);
  });
});

describe('share links', () => {
  const link = (json: string) => frame(0, new TextEncoder().encode(json));

  it.each(KEYS)('rejects a format-0 link carrying %s', (key) => {
    const withName = `{"projectName":"A",${poisoned(key).slice(1)}`;
    const r = decodeShareFragment(link(withName));
    expect(r.ok).toBe(false);
    expectNothingPolluted();
  });

  it('rejects constructor.prototype in a link', () => {
    expect(decodeShareFragment(link(deep)).ok).toBe(false);
    expectNothingPolluted();
  });

  it('opens a clean format-0 link, so the rejections above are about the keys', () => {
    const r = decodeShareFragment(link('{"projectName":"A"}'));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.answers.projectName).toBe('A');
  });
});

describe('the saved draft', () => {
  function storageWith(value: string): Storage {
    const data = new Map<string, string>([[DRAFT_KEY, value]]);
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      getItem: (k) => data.get(k) ?? null,
      key: (i) => [...data.keys()][i] ?? null,
      removeItem: (k) => void data.delete(k),
      setItem: (k, v) => void data.set(k, String(v)),
    };
  }
  const draft = (answers: string, pending = '{}') =>
    `{"version":1,"answers":${answers},"pending":${pending},"step":"review","savedAt":"2026-11-23T00:00:00Z"}`;

  it.each(KEYS)('moves aside a draft whose answers carry %s', (key) => {
    const r = loadDraft(storageWith(draft(poisoned(key))));
    expect(r.draft).toBeNull();
    expect(r.problem?.kind).toBe('unreadable');
    expectNothingPolluted();
  });

  it.each(KEYS)('never carries %s from the pending text into the draft', (key) => {
    // zod's record drops `__proto__` silently rather than failing; either way it must not arrive.
    const r = loadDraft(storageWith(draft('{}', `{${JSON.stringify(key)}:"x"}`)));
    if (r.draft) {
      expect(Object.hasOwn(r.draft.pending, key)).toBe(false);
      expect(Object.getPrototypeOf(r.draft.pending)).toBe(Object.prototype);
    } else expect(r.problem?.kind).toBe('unreadable');
    expectNothingPolluted();
  });

  it('loads a clean draft, so the rejections above are about the keys', () => {
    expect(loadDraft(storageWith(draft('{"projectName":"A"}'))).draft?.answers.projectName).toBe('A');
  });
});
