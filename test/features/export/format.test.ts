import { formatWeeksExact, formatWeeksRange } from '@/domain/format';
import { datePart, formatGeneratedAt } from '@/features/export/format';

// Shared figure formatting is pinned in test/domain/format.test.ts; these are the exports' own conventions.
describe('export formatting', () => {
  it('gives phase lengths in weeks where the readable total switches to months', () => {
    expect(formatWeeksRange([20, 41])).toBe('5–9 months');
    expect(formatWeeksExact([20, 41])).toBe('20–41 weeks');
  });

  it('dates exports in UTC and passes through what it cannot read', () => {
    expect(formatGeneratedAt('2026-11-23T23:40:00+01:00')).toBe('2026-11-23 22:40 UTC');
    expect(formatGeneratedAt('2026-11-23')).toBe('2026-11-23');
    expect(formatGeneratedAt('yesterday')).toBe('yesterday');
    expect(datePart('2026-11-23T22:40:00Z')).toBe('2026-11-23');
    expect(datePart('soon')).toBe('undated');
  });
});
