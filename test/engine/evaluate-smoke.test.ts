import { planSchema } from '@/domain/plan';
import { evaluate } from '@/engine';

describe('evaluate (smoke)', () => {
  it('returns a schema-valid plan for empty answers and lists what is missing', () => {
    const plan = planSchema.parse(evaluate({}));
    expect(plan.missing).toContain('industry');
  });
});
