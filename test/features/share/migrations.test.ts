import { migrate, migrations, type ShareMigration } from '@/features/share/model/migrations';
import { decodeShareFragment, SHARE_FORMAT_VERSION } from '@/features/share/model';
import { writeFormatV0 } from './support/format-v0-writer';
import { minimalAnswers } from './sample-answers';

describe('share migrations', () => {
  it('form an unbroken chain from format 0 to the current format', () => {
    for (let v = 0; v < SHARE_FORMAT_VERSION; v++)
      expect(migrations.filter((m) => m.from === v && m.to === v + 1)).toHaveLength(1);
  });

  it('do not mutate their input', () => {
    const input = Object.freeze({ buildBudgetK: 5, hosting: 'api' });
    expect(migrate(input, 0, 1)).toEqual({ budgetCeiling: 5000, hosting: 'public-api' });
    expect(input).toEqual({ buildBudgetK: 5, hosting: 'api' });
  });

  it('report a gap in the chain instead of guessing', () => {
    const chain: ShareMigration[] = [{ from: 1, to: 2, description: '', up: (a) => a }];
    expect(migrate({}, 0, 2, chain)).toBeUndefined();
  });

  it('leave a conflicting old field for the schema to reject', () => {
    const { budgetCeiling: _b, ...rest } = minimalAnswers;
    const link = writeFormatV0({ ...rest, buildBudgetK: 'lots' });
    expect(decodeShareFragment(link)).toMatchObject({ ok: false, reason: 'truncated-or-altered' });
  });

  it('open a format-0 link written today the same way', () => {
    const { budgetCeiling: _b, ...rest } = minimalAnswers;
    expect(decodeShareFragment(writeFormatV0({ ...rest, buildBudgetK: 0.5 }))).toEqual({
      ok: true,
      answers: { ...minimalAnswers, budgetCeiling: 500 },
      formatVersion: 0,
      migratedFrom: 0,
      // Links of formats 0 and 1 were only ever written with ruleset 2026.11.1.
      rulesetVersion: '2026.11.1',
    });
  });
});
