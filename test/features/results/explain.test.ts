import { cite } from '@/domain/sources';
import { formatSource, humaniseFact, readableTrigger } from '@/features/results/model/explain';

describe('explanations', () => {
  it('names sources by title and section, not by file and line', () => {
    expect(formatSource(cite('000', 321, 322))).toBe(
      'CTO guide to generative AI — FAQ: how long a build takes',
    );
    expect(formatSource(cite('000', 282))).toBe(
      'CTO guide to generative AI — Decision 3: compliance before code',
    );
    expect(formatSource(cite('004', 7))).toBe('Agentic-AI explainer — Key points');
  });

  it('reads an answered question with its label and the answer as the review shows it', () => {
    expect(readableTrigger({ fact: 'regions', value: 'eu' }, { regions: ['eu', 'us'] })).toEqual({
      label: 'Where are the users and the people whose data is processed?',
      value: 'European Union, United States',
      isAnswer: true,
    });
  });

  it('falls back to the rule value for derived facts and missing answers', () => {
    expect(readableTrigger({ fact: 'dailyTokens', value: '1.2M' }, {})).toEqual({
      label: 'Daily tokens',
      value: '1.2M',
      isAnswer: false,
    });
    expect(readableTrigger({ fact: 'industry', value: 'insurance' }, {}).value).toBe('insurance');
    expect(humaniseFact('eu-ai-act_high.risk')).toBe('Eu ai act high risk');
  });
});
