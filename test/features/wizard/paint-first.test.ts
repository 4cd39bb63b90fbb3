import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintFirstQueue } from '@/features/wizard/components/paint-first';

describe('paint-first queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Node has no document: the queue then waits for a timer alone, as in a hidden page.
    vi.stubGlobal('document', { visibilityState: 'visible' });
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs queued work once, in order, after the next frame', () => {
    const ran: number[] = [];
    const q = paintFirstQueue();
    q.push(() => ran.push(1));
    q.push(() => ran.push(2));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(15);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(ran).toEqual([1, 2]);
    vi.runAllTimers();
    expect(ran).toEqual([1, 2]);
  });

  it('runs everything queued at once on flush, and nothing twice', () => {
    const ran: number[] = [];
    const q = paintFirstQueue();
    q.push(() => ran.push(1));
    q.flush();
    expect(ran).toEqual([1]);
    q.push(() => ran.push(2));
    vi.runAllTimers();
    expect(ran).toEqual([1, 2]);
  });

  it('does not wait for a frame in a hidden page, which draws none', () => {
    vi.stubGlobal('document', { visibilityState: 'hidden' });
    const ran: number[] = [];
    const q = paintFirstQueue();
    q.push(() => ran.push(1));
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([1]);
  });
});
