/**
 * Loads the knowledge base from `rules/*.json` and validates it once, at import: a malformed rule fails the
 * build and every test loudly instead of producing a quietly wrong plan.
 */
import approach from '../../rules/approach.json';
import assumptions from '../../rules/assumptions.json';
import components from '../../rules/components.json';
import compliance from '../../rules/compliance.json';
import cost from '../../rules/cost.json';
import evaluation from '../../rules/evaluation.json';
import hosting from '../../rules/hosting.json';
import metrics from '../../rules/metrics.json';
import nextSteps from '../../rules/next-steps.json';
import readiness from '../../rules/readiness.json';
import risks from '../../rules/risks.json';
import timeline from '../../rules/timeline.json';
import warnings from '../../rules/warnings.json';
import { describeIssues } from '@/domain/answers';
import { assumptionValues, editableAssumptionIds, type EditableDefaults } from './assumptions';
import {
  concernStage,
  rulesetSchema,
  rulesOf,
  type Concern,
  type RuleOf,
  type Ruleset,
} from './rules-schema';

export const rawRuleset: Record<Concern | 'assumptions', unknown> = {
  approach,
  hosting,
  components,
  timeline,
  cost,
  risks,
  compliance,
  evaluation,
  metrics,
  readiness,
  warnings,
  'next-steps': nextSteps,
  assumptions,
};

export function loadRuleset(raw: unknown): { ok: true; value: Ruleset } | { ok: false; errors: string[] } {
  const parsed = rulesetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  const seen = new Map<string, string>();
  const errors: string[] = [];
  for (const concern of Object.keys(concernStage) as Concern[]) {
    for (const rule of rulesOf(parsed.data, concern)) {
      const other = seen.get(rule.id);
      if (other) errors.push(`${concern}: rule id "${rule.id}" is already used in ${other}`);
      seen.set(rule.id, concern);
    }
  }
  errors.push(...complianceReferences(parsed.data.compliance));
  return errors.length ? { ok: false, errors } : { ok: true, value: parsed.data };
}

/**
 * The compliance rules name regimes and laws by id: each must exist. Rules imposing the same obligation must
 * agree on what it is (title, regime, kind, owner); only reasons, actions, references and evidence add up.
 */
function complianceReferences(file: Ruleset['compliance']): string[] {
  const errors: string[] = [];
  const first = new Map<string, RuleOf<'compliance'>['obligation']>();
  file.rules.forEach((rule, i) => {
    const o = rule.obligation;
    const at = `compliance.rules.${i} (${rule.id})`;
    if (!Object.hasOwn(file.regimes, o.regime)) errors.push(`${at}: unknown regime "${o.regime}"`);
    for (const cite of o.legal)
      if (!Object.hasOwn(file.laws, cite.law)) errors.push(`${at}: unknown law "${cite.law}"`);
    const seen = first.get(o.id);
    if (!seen) first.set(o.id, o);
    else
      for (const key of ['title', 'regime', 'kind', 'owner'] as const)
        if (seen[key] !== o[key])
          errors.push(`${at}: obligation "${o.id}" has ${key} "${o[key]}" here but "${seen[key]}" elsewhere`);
  });
  return errors;
}

function loadOrThrow(): Ruleset {
  const r = loadRuleset(rawRuleset);
  if (!r.ok) throw new Error(`Invalid knowledge base in rules/:\n${r.errors.join('\n')}`);
  return r.value;
}

/**
 * Production bundles carry rules that `npm run build` (scripts/check-rules.ts) and the tests have already
 * validated, and they cannot change after the build; validating ~200 kB again on every page load cost ~130 ms
 * of main-thread time. Dev, tests and the CLI (no Vite env) validate at load.
 */
export const ruleset: Ruleset = import.meta.env?.PROD ? (rawRuleset as unknown as Ruleset) : loadOrThrow();

/** The editable parameters' defaults in the loaded knowledge base (rules/assumptions.json). */
export function editableDefaults(): EditableDefaults {
  const v = assumptionValues(ruleset.assumptions);
  return Object.fromEntries(editableAssumptionIds.map((id) => [id, v[id]])) as EditableDefaults;
}
