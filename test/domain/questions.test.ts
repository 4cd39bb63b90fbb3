import { describe, expect, it } from 'vitest';
import { factsOf } from '@/domain/conditions';
import { questionById, questions, steps } from '@/domain/questions';

import { seedLines, seedsMissing } from '../support/seeds';

describe('question catalogue', () => {
  it('has unique ids and share codes', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(questions.map((q) => q.code)).size).toBe(questions.length);
  });

  it('places every question in a known step, in step order, with the estimate’s own figures last', () => {
    const order: string[] = [...steps.map((s) => s.id), 'figures'];
    const idx = questions.map((q) => order.indexOf(q.step));
    expect(idx.every((i) => i >= 0)).toBe(true);
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it.skipIf(seedsMissing())('cites lines that exist in the cited seed file', () => {
    for (const q of questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const s of q.sources) {
        const n = seedLines(s.file).length;
        expect(s.lines[0], `${q.id} ${s.file}`).toBeLessThanOrEqual(s.lines[1]);
        expect(s.lines[1], `${q.id} ${s.file}`).toBeLessThanOrEqual(n);
      }
    }
  });

  it('branches only on questions and option values that exist', () => {
    for (const q of questions) {
      if (!q.showIf) continue;
      for (const c of factsOf(q.showIf)) {
        const target = questionById.get(c.fact);
        expect(target, `${q.id} reads ${c.fact}`).toBeDefined();
        if (target && (target.kind === 'single' || target.kind === 'multi') && c.value !== undefined) {
          const values = target.options.map((o) => o.value);
          for (const v of Array.isArray(c.value) ? c.value : [c.value])
            expect(values, `${q.id}→${c.fact}`).toContain(v);
        }
      }
    }
  });
});
