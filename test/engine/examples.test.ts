/** The example answer files are a public contract: each parses, holds only applicable answers, and evaluates. */
import { readFileSync } from 'node:fs';
import { parseAnswersFile } from '@/domain/answers';
import { planSchema } from '@/domain/plan';
import { missingAnswers, splitByApplicability } from '@/domain/questions';
import { evaluate } from '@/engine';
import { exampleFiles } from './support';

describe('examples/', () => {
  it('has at least 8 examples', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(exampleFiles)('%s is a valid, complete answers file that evaluates to a valid plan', (file) => {
    const text = readFileSync(`examples/${file}`, 'utf8');
    const r = parseAnswersFile(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (!r.ok) return;
    expect(JSON.parse(text).$schema).toBe('../schema/answers.schema.json');
    const { inactive } = splitByApplicability(r.value.answers);
    expect(Object.keys(inactive)).toEqual([]);
    expect(missingAnswers(r.value.answers).map((q) => q.id)).toEqual([]);
    const plan = planSchema.parse(evaluate(r.value.answers));
    expect(plan.missing).toEqual([]);
    expect(plan.trace.length).toBeGreaterThan(0);
  });
});
