import { planSchema } from '@/domain/plan';
import { evaluate, RULESET_VERSION } from '@/engine';
import { loadExample } from './support';

describe('evaluate', () => {
  it('returns a schema-valid plan for empty answers and lists what is missing', () => {
    const plan = planSchema.parse(evaluate({}));
    expect(plan.missing).toContain('industry');
    expect(plan.rulesetVersion).toBe(RULESET_VERSION);
    expect(plan.costs.arithmetic.join(' ')).toMatch(/how many people use it/);
  });

  it('ignores answers to questions that branching has hidden', () => {
    const base = loadExample('internal-knowledge-qa.json');
    // PHI questions only apply to health work; a stale answer from an earlier branch must not add HIPAA duties.
    const plan = evaluate({ ...base, phiInvolved: 'yes', baaAvailable: 'no' });
    expect(plan.obligations.map((o) => o.id)).not.toContain('hipaa-baa');
    expect(plan).toEqual(evaluate(base));
  });

  it('blocks knowledge Q&A when the documents do not exist, whatever the approach', () => {
    const plan = evaluate({ taskCategory: 'knowledge-qa', knowledgeDocs: 'no', needsFreshFacts: 'no' });
    expect(plan.warnings.find((w) => w.id === 'grounded-without-documents')?.level).toBe('blocker');
  });

  it('compares the launch date with the today option, not the clock', () => {
    const answers = { ...loadExample('internal-knowledge-qa.json'), targetLaunch: '2027-01-10' };
    expect(evaluate(answers, { today: '2026-12-31' }).warnings.map((w) => w.id)).toContain(
      'launch-too-early',
    );
    expect(evaluate(answers, { today: '2026-09-01' }).warnings.map((w) => w.id)).not.toContain(
      'launch-too-early',
    );
  });
});
