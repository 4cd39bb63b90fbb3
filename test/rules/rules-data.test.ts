/**
 * The knowledge base as data: every rule parses, is grounded (sources or an assumption), cites lines that exist,
 * reads only facts that exist with values they can take, and can fire for some answer set.
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { factsOf, type Comparison } from '@/domain/conditions';
import { parseAnswersFile } from '@/domain/answers';
import { questionById } from '@/domain/questions';
import { evaluate } from '@/engine';
import { derivedFacts, type DerivedFactDoc } from '@/engine/facts';
import { loadRuleset, rawRuleset, ruleset } from '@/engine/ruleset';
import { concernStage, type AnyRule, type Concern } from '@/engine/rules-schema';
import { answersArb } from '../support/arbitrary-answers';
import { seedLines, seedsMissing } from '../support/seeds';

const concerns = Object.keys(ruleset) as Concern[];
const allRules: { concern: Concern; rule: AnyRule }[] = concerns.flatMap((concern) =>
  (ruleset[concern].rules as AnyRule[]).map((rule) => ({ concern, rule })),
);
const docs: Record<string, DerivedFactDoc> = derivedFacts;

describe('rules/ knowledge base', () => {
  it('loads and validates every file, with unique rule ids', () => {
    const r = loadRuleset(rawRuleset);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(allRules.length).toBeGreaterThan(100);
    expect(new Set(allRules.map((r) => r.rule.id)).size).toBe(allRules.length);
  });

  it('has one JSON file per concern and nothing else', () => {
    const files = readdirSync('rules')
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(concerns.map((c) => `${c}.json`).sort());
  });

  it('rejects a rule with neither sources nor an assumption', () => {
    const broken = structuredClone(rawRuleset) as Record<string, { rules: Record<string, unknown>[] }>;
    const first = broken.approach!.rules[0]!;
    delete first.sources;
    delete first.assumption;
    const r = loadRuleset(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/sources or a stated assumption/);
  });

  it('rejects duplicate rule ids across files', () => {
    const broken = structuredClone(rawRuleset) as Record<string, { rules: Record<string, unknown>[] }>;
    broken.approach!.rules[1]!.id = broken.approach!.rules[0]!.id;
    expect(loadRuleset(broken).ok).toBe(false);
  });

  it('rejects a condition that reads a fact which does not exist, and says where', () => {
    const broken = structuredClone(rawRuleset) as Record<string, { rules: Record<string, unknown>[] }>;
    broken.approach!.rules[0]!.when = {
      all: [
        { fact: 'industry', op: 'eq', value: 'legal' },
        { fact: 'industy', op: 'eq', value: 'legal' },
      ],
    };
    const r = loadRuleset(broken);
    expect(r.ok ? [] : r.errors).toEqual([
      'approach.rules.0.when.all.1.fact: "industy" is neither an answer id nor a derived fact',
    ]);
  });

  it.each(allRules.map((r) => [r.rule.id, r] as const))(
    '%s is grounded in sources, an assumption or (obligations) the law',
    (_id, { rule }) => {
      const law = 'obligation' in rule ? rule.obligation.legal.length : 0;
      expect((rule.sources?.length ?? 0) > 0 || (rule.assumption?.length ?? 0) > 0 || law > 0).toBe(true);
    },
  );

  it('reads no retired question: their answers reach the rules through the questions that replaced them', () => {
    const retired = new Set([...questionById.values()].filter((q) => q.retired).map((q) => q.id));
    const reads = allRules.flatMap(({ rule }) =>
      rule.when
        ? factsOf(rule.when)
            .filter((c) => retired.has(c.fact))
            .map((c) => `${rule.id} reads ${c.fact}`)
        : [],
    );
    expect(reads).toEqual([]);
  });

  it.skipIf(seedsMissing())(
    'cites only lines that exist, and that are not blank, in the cited seed file',
    () => {
      const bad: string[] = [];
      for (const { rule } of allRules)
        for (const s of rule.sources ?? []) {
          const lines = seedLines(s.file);
          const [from, to] = s.lines;
          if (from > to || to > lines.length)
            bad.push(`${rule.id}: ${s.file}:${from}-${to} (file has ${lines.length})`);
          else if (!lines.slice(from - 1, to).some((l) => l.trim().length > 0))
            bad.push(`${rule.id}: blank ${from}-${to}`);
        }
      expect(bad).toEqual([]);
    },
  );

  function checkComparison(c: Comparison, concern: Concern): string | undefined {
    const q = questionById.get(c.fact);
    const values = c.value === undefined ? [] : Array.isArray(c.value) ? c.value : [c.value];
    if (c.op === 'answered' || c.op === 'missing') return undefined;
    if (q) {
      if (q.kind === 'single' || q.kind === 'multi') {
        const allowed = q.options.map((o) => o.value);
        const wrong = values.filter((v) => !allowed.includes(v as string));
        if (wrong.length) return `${c.fact} has no option ${wrong.join(', ')}`;
        if (q.kind === 'multi' && !['has', 'hasAny', 'hasNone'].includes(c.op))
          return `${c.fact} is multi-choice: use has/hasAny/hasNone`;
        if (q.kind === 'single' && ['has', 'hasAny', 'hasNone'].includes(c.op))
          return `${c.fact} is single-choice`;
      } else if (q.kind === 'number') {
        if (values.some((v) => typeof v !== 'number')) return `${c.fact} is a number`;
      }
      return undefined;
    }
    const d = docs[c.fact];
    if (!d) return `${c.fact} is neither an answer id nor a documented derived fact`;
    if (!concernStage[concern].includes(d.stage))
      return `${c.fact} (stage ${d.stage}) is not available to ${concern} rules`;
    if (d.kind === 'boolean' && values.some((v) => typeof v !== 'boolean')) return `${c.fact} is a boolean`;
    if (d.kind === 'number' && values.some((v) => typeof v !== 'number')) return `${c.fact} is a number`;
    if (d.kind === 'string' && d.values && values.some((v) => !d.values!.includes(v as string)))
      return `${c.fact} cannot be ${values.join(', ')}`;
    return undefined;
  }

  it('reads only known facts, with values those facts can take', () => {
    const problems: string[] = [];
    for (const { concern, rule } of allRules) {
      if (!rule.when) continue;
      for (const c of factsOf(rule.when)) {
        const p = checkComparison(c, concern);
        if (p) problems.push(`${concern}/${rule.id}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses only known facts in text placeholders', () => {
    const problems: string[] = [];
    for (const { rule } of allRules) {
      for (const m of JSON.stringify(rule).matchAll(/\{([A-Za-z]+)(?::[a-z]+)?\}/g)) {
        const name = m[1]!;
        if (!questionById.has(name) && !(name in docs)) problems.push(`${rule.id}: {${name}}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every rule fires for some answer set (examples plus generated answers)', () => {
    const fired = new Set<string>();
    const record = (answers: Parameters<typeof evaluate>[0]) => {
      for (const t of evaluate(answers).trace) fired.add(t.ruleId);
    };
    for (const f of readdirSync('examples')) {
      const r = parseAnswersFile(readFileSync(`examples/${f}`, 'utf8'));
      if (r.ok) record(r.value.answers);
    }
    for (const a of fc.sample(answersArb, { numRuns: 1500, seed: 20261123 })) record(a);
    const never = allRules.map((r) => r.rule.id).filter((id) => !fired.has(id));
    expect(never).toEqual([]);
  }, 120_000);
});
