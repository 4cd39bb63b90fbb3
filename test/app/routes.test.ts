// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pages } from '@/domain/questions';
import { pageIds } from '@/domain/questions/page-ids';
import { encodeShareFragment } from '@/features/share/model';
import { completeAnswers } from '../support/answers';
import {
  hashOf,
  navigate,
  onAddressChange,
  opensSession,
  screenOf,
  START_HASH,
  type Screen,
} from '@/app/routes';

const screens: Screen[] = [...pageIds, 'review', 'results'];

describe('the addresses of the questionnaire’s screens', () => {
  it('name every page of pages.ts, and nothing else, before the catalogue loads', () => {
    expect([...pageIds].sort()).toEqual(pages.map((p) => p.id).sort());
  });

  it('give each screen its own readable address, read back to the same screen', () => {
    const addresses = screens.map(hashOf);
    expect(new Set(addresses).size).toBe(screens.length);
    for (const a of addresses) expect(a).toMatch(/^#[a-z0-9-]+$/);
    expect(hashOf('useCase-2')).toBe('#use-case-2');
    expect(hashOf('results')).toBe('#plan');
    for (const s of screens) expect(screenOf(hashOf(s))).toBe(s);
  });

  it('open the questionnaire for a screen, #start and a share link; the intro for anything else', () => {
    for (const s of screens) expect(opensSession(hashOf(s))).toBe(true);
    expect(opensSession(START_HASH)).toBe(true);
    expect(opensSession(`#${encodeShareFragment(completeAnswers)}`)).toBe(true);
    for (const other of ['', '#', '#main', '#results', '#useCase', '#Quick'])
      expect(opensSession(other), other).toBe(false);
    expect(screenOf(START_HASH)).toBeUndefined();
  });
});

describe('navigate', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('adds a history entry, or replaces the current one, and tells the app either way', () => {
    const onChange = vi.fn();
    const stop = onAddressChange(onChange);
    const before = history.length;
    navigate('#quick', 'push');
    expect(window.location.hash).toBe('#quick');
    expect(history.length).toBe(before + 1);
    navigate('#quick-2', 'replace');
    expect(window.location.hash).toBe('#quick-2');
    expect(history.length).toBe(before + 1);
    expect(onChange).toHaveBeenCalledTimes(2);
    // Already there: no entry, no event.
    navigate('#quick-2', 'push');
    expect(history.length).toBe(before + 1);
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
    navigate('#review', 'push');
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
