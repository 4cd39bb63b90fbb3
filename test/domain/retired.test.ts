/** Answers to retired questions reach the plan through the questions that replaced them. */
import { describe, expect, it } from 'vitest';
import { answersSchema } from '@/domain/answers';
import { questionById, splitByApplicability, upgradeAnswers, type Answers } from '@/domain/questions';

const eu = { regions: ['eu'], industry: 'software', highStakes: ['none'] } satisfies Answers;

describe('upgradeAnswers', () => {
  it.each([
    [['employment'], 'software', ['hiring']],
    [['credit'], 'insurance', ['insurance-pricing']],
    [['credit'], 'finance', ['credit-scoring']],
    [['credit'], 'retail', ['credit-scoring', 'insurance-pricing']],
    [['health'], 'healthcare', ['medical']],
    [['education'], 'education', ['education-scoring']],
    [['public-services'], 'public-sector', ['public-benefits']],
    [['employment', 'health'], 'healthcare', ['hiring', 'medical']],
  ])('moves euAiActUses %j (industry %s) to highStakes %j', (old, industry, uses) => {
    const out = upgradeAnswers({ ...eu, industry, euAiActUses: old });
    expect(out).not.toHaveProperty('euAiActUses');
    expect(out.highStakes).toEqual(uses);
    expect(answersSchema.safeParse(out).success).toBe(true);
  });

  it('keeps the uses already given, drops "none" for a real use, and leaves "none" alone', () => {
    expect(
      upgradeAnswers({ ...eu, highStakes: ['legal', 'hiring'], euAiActUses: ['employment'] }).highStakes,
    ).toEqual(['legal', 'hiring']);
    expect(upgradeAnswers({ ...eu, euAiActUses: ['none'] })).toEqual(eu);
  });

  it('is idempotent and returns the same object when there is nothing to move', () => {
    const once = upgradeAnswers({ ...eu, euAiActUses: ['employment'] });
    expect(upgradeAnswers(once)).toBe(once);
    expect(upgradeAnswers(eu)).toBe(eu);
  });

  it('leaves a set-aside answer set aside (no EU users) and a malformed one for the schema to name', () => {
    const usOnly = { ...eu, regions: ['us'], euAiActUses: ['employment'] };
    expect(upgradeAnswers(usOnly)).toBe(usOnly);
    expect(splitByApplicability(usOnly).inactive).toEqual({ euAiActUses: ['employment'] });
    const bad = { ...eu, euAiActUses: 'employment' } as Answers;
    expect(upgradeAnswers(bad)).toBe(bad);
    expect(answersSchema.safeParse(bad).success).toBe(false);
  });

  it('keeps the retired question readable but never asks it', () => {
    const q = questionById.get('euAiActUses')!;
    expect(q.retired).toMatch(/highStakes/);
    expect(splitByApplicability({ ...eu, euAiActUses: ['none'] }).active).not.toHaveProperty('euAiActUses');
  });
});
