import { cite } from '@/domain/sources';
import { formatSource, readableTrigger } from '@/features/results/model/explain';

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

  it('names derived facts in words, never by their code name, and falls back to the rule value', () => {
    expect(readableTrigger({ fact: 'runYearOverBuild', value: 'yes' }, {})).toEqual({
      label: 'A year of running costs more than the build',
      value: 'yes',
      isAnswer: false,
    });
    expect(readableTrigger({ fact: 'industry', value: 'insurance' }, {}).value).toBe('insurance');
  });
});
