/**
 * Earlier rulesets stay loadable: every released version is archived in today's shape, the current one equals
 * rules/ (so a rule change without a version bump fails here), and the archived 2026.11.1 gives the plans the
 * 2026.11.1 app gave (test/fixtures/rulesets), so "what changed since" compares with what its users saw.
 */
import { readFileSync } from 'node:fs';
import { parseAnswersFile } from '@/domain/answers';
import type { Plan } from '@/domain/plan';
import { assumeUnanswered, splitByApplicability } from '@/domain/questions';
import { evaluate, RULESET_VERSION } from '@/engine';
import {
  compareRulesetVersions,
  loadRulesetVersion,
  releasedRulesets,
  RULESET_VERSION_PATTERN,
} from '@/engine/history';
import { rawRuleset, ruleset } from '@/engine/ruleset';
import { planChanges } from '@/engine/what-if';

const fixture = JSON.parse(readFileSync('test/fixtures/rulesets/plans-2026.11.1.json', 'utf8')) as {
  plans: { name: string; answers: Record<string, unknown>; plan: Record<string, unknown> }[];
};

const summary = (p: Plan) => ({
  approach: p.approach.recommended,
  hosting: p.model.hosting,
  tier: p.model.tier,
  weeks: p.timeline.totalWeeks,
  build: p.costs.build,
  monthly: p.costs.monthly.total,
  warnings: p.warnings.map((w) => w.id).sort(),
  risks: p.risks.map((r) => `${r.id}:${r.severity}`).sort(),
  obligations: p.obligations.map((o) => o.id).sort(),
  components: p.components.map((c) => c.id).sort(),
  readiness: p.headline.readiness,
});

/** Answers as a file of the time would be read today (version 1, carried over). */
const readOld = (answers: Record<string, unknown>) => {
  const parsed = parseAnswersFile(JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers }));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value.answers;
};

describe('ruleset history', () => {
  it('archives every released version, the current one last and equal to rules/', async () => {
    expect(releasedRulesets.at(-1)).toBe(RULESET_VERSION);
    for (const v of releasedRulesets) expect(v).toMatch(RULESET_VERSION_PATTERN);
    const sorted = [...releasedRulesets].sort(compareRulesetVersions);
    expect(sorted).toEqual(releasedRulesets);
    const archived = JSON.parse(readFileSync(`rules/archive/ruleset-${RULESET_VERSION}.json`, 'utf8'));
    // If this fails, a rule changed: bump RULESET_VERSION, add it to src/engine/history.ts, npm run rules:archive.
    expect(archived).toEqual(JSON.parse(JSON.stringify(rawRuleset)));
  });

  it.each(releasedRulesets)('loads %s with today’s engine', async (v) => {
    const r = await loadRulesetVersion(v);
    expect(r.ok).toBe(true);
    if (v === RULESET_VERSION && r.ok) expect(r.ruleset).toBe(ruleset);
  });

  it('says which versions it cannot load, and why', async () => {
    expect(await loadRulesetVersion('2099.1.1')).toEqual({ ok: false, reason: 'newer' });
    expect(await loadRulesetVersion('2020.1.1')).toEqual({ ok: false, reason: 'unknown' });
  });

  /**
   * Today's engine takes a stated default for a question left unanswered (the quick scope), where the 2026.11.1
   * engine worked with the answer missing. That is an engine change, not a ruleset change, so the answer sets
   * compared are those where today's engine assumes nothing 2026.11.1 asked: at most the US states, a question
   * added after it.
   */
  const comparable = fixture.plans.filter((p) =>
    assumeUnanswered(splitByApplicability(readOld(p.answers)).active).assumed.every(
      (id) => id === 'usStates',
    ),
  );

  it('compares every example and random answer sets', () => {
    expect(comparable.filter((p) => p.name.endsWith('.json'))).toHaveLength(10);
    expect(comparable.length).toBeGreaterThanOrEqual(17);
  });

  it.each(comparable.map((p) => [p.name, p] as const))(
    'the archived 2026.11.1 gives the plan 2026.11.1 gave for %s',
    async (_, { answers, plan }) => {
      const r = await loadRulesetVersion('2026.11.1');
      if (!r.ok) throw new Error('not loaded');
      const p = evaluate(readOld(answers), {
        ruleset: r.ruleset,
        rulesetVersion: '2026.11.1',
        today: '2026-11-23',
      });
      expect(p.rulesetVersion).toBe('2026.11.1');
      expect(summary(p)).toEqual(plan);
    },
  );

  it('lists what changed in today’s plan since 2026.11.1', async () => {
    const r = await loadRulesetVersion('2026.11.1');
    if (!r.ok) throw new Error('not loaded');
    const hospital = fixture.plans.find((p) => p.name === 'healthcare-diagnostic.json')!;
    const answers = readOld(hospital.answers);
    const then = evaluate(answers, { ruleset: r.ruleset, rulesetVersion: '2026.11.1', today: '2026-11-23' });
    const now = evaluate(answers, { today: '2026-11-23' });
    const changes = planChanges(then, now, answers);
    expect(changes.length).toBeGreaterThan(0);
    // Today's compliance rules know more law: obligations came that 2026.11.1 did not list.
    expect(changes.some((c) => c.label === 'Obligations' && (c.added?.length ?? 0) > 0)).toBe(true);
    expect(planChanges(now, now, answers)).toEqual([]);
  });
});
