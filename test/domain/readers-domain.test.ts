/** The pure pieces every view shares: the decision summary's choice, reasons in words, and saying things once. */
import { decisionSummary } from '@/domain/decision-summary';
import type { Because } from '@/domain/plan';
import { basisOf, basisText, reasonWords } from '@/domain/reason-words';
import {
  alternativesToList,
  alternativeWhyNot,
  distinctAssumptions,
  preferenceReason,
  reasonsNotGivenBy,
} from '@/domain/say-once';
import { evaluate, factLabel } from '@/engine';
import { loadExample } from '../engine/support';
import { claimsPlan } from '../support/plan-fixture';

const words = { labelOf: factLabel, currencySymbol: '€' };

describe('reasons in the reader’s words', () => {
  it('names a question by its label and the answer as the user gave it', () => {
    expect(
      basisOf({ fact: 'industry', value: 'healthcare' }, { ...words, answers: { industry: 'insurance' } }),
    ).toEqual({
      label: 'Which industry does the project serve?',
      value: 'Insurance',
      isAnswer: true,
    });
  });

  it('names a derived fact by its label, rounds weeks, prices money and calls a negative shortfall none', () => {
    expect(basisText(basisOf({ fact: 'phiWithoutBaa', value: 'yes' }, words))).toBe(
      'US patient data without a confirmed BAA: yes',
    );
    expect(basisOf({ fact: 'weeksUntilLaunch', value: '91.4' }, words).value).toBe('about 91 weeks');
    expect(basisOf({ fact: 'launchShortfallMin', value: '-21.4' }, words).value).toBe('none');
    expect(basisOf({ fact: 'launchShortfallMax', value: '27.6' }, words).value).toBe('about 28 weeks');
    expect(basisOf({ fact: 'runBudgetShortfallMax', value: '2,800' }, words).value).toBe('€2,800');
    expect(basisOf({ fact: 'hallucinationCeiling', value: '2.5' }, words).value).toBe('2.5');
  });

  it('keeps the rule’s title and assumption, and no id', () => {
    const b: Because = {
      ruleId: 'warn-launch-tight',
      title: 'Target launch leaves no margin',
      triggers: [{ fact: 'weeksUntilLaunch', value: '9.4' }],
      sources: [],
      assumption: 'Half a week of rollout.',
    };
    const w = reasonWords(b, words);
    expect(w).toEqual({
      title: 'Target launch leaves no margin',
      basis: [{ label: 'Weeks until your target launch', value: 'about 9 weeks', isAnswer: false }],
      assumption: 'Half a week of rollout.',
    });
    expect(JSON.stringify(w)).not.toMatch(/warn-launch-tight|weeksUntilLaunch/);
  });
});

describe('the decision summary', () => {
  it('takes the three most severe risks, the gates (those that take time first) and the first three steps', () => {
    const plan = evaluate(loadExample('healthcare-diagnostic.json'), { today: '2026-12-01' });
    const s = decisionSummary(plan);
    expect(s.risks.items.map((r) => r.severity)).toEqual(['critical', 'high', 'high']);
    expect(s.risks.total).toBe(plan.risks.length);
    expect(s.mustDo.items.every((o) => o.kind === 'gate')).toBe(true);
    expect(s.mustDo.items[0]!.schedule).toBeDefined();
    expect(s.mustDo.total).toBe(plan.obligations.filter((o) => o.kind === 'gate').length);
    expect(s.nextSteps.items).toEqual(plan.nextSteps.slice(0, 3));
    expect(s.decidedBy).toEqual(plan.approach.decidedBy.slice(0, 3));
    expect(s.blockers).toEqual([]);
  });
});

describe('saying things once', () => {
  it('merges assumptions with the same text, keeping every rule that rests on them', () => {
    const plan = claimsPlan();
    const a = plan.assumptions[0]!;
    const twice = { ...plan, assumptions: [a, { ...a, id: 'other' }] };
    const merged = distinctAssumptions(twice);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.ref).toBe('A1');
    expect(merged[0]!.because).toHaveLength(2 * a.because.length);
  });

  it('does not repeat the deciding reason in an alternative that would also work', () => {
    const plan = evaluate(loadExample('healthcare-diagnostic.json'), { today: '2026-12-01' });
    const prompt = plan.approach.alternatives.find((x) => x.approach === 'prompt')!;
    expect(prompt.whyNot).toContain('would also work, but you need a style');
    expect(alternativeWhyNot(plan.approach, prompt)).toBe(
      'Prompt engineering on a foundation model would also work, but the answers that decided the approach favour fine-tuning a foundation model.',
    );
  });

  it('gives a challenged preference’s reason once, in its verdict', () => {
    const plan = claimsPlan();
    expect(plan.approach.preferred?.verdict).toBe('challenged');
    expect(alternativesToList(plan.approach).map((a) => a.approach)).not.toContain(
      plan.approach.preferred!.approach,
    );
    expect(preferenceReason(plan.approach)).toBe(plan.approach.preferred!.reason);
  });

  it('leaves out a section’s reasons that its items give already', () => {
    const b = (ruleId: string) => ({ ruleId });
    expect(reasonsNotGivenBy([b('a'), b('b')], [{ because: [b('b')] }])).toEqual([b('a')]);
  });
});
