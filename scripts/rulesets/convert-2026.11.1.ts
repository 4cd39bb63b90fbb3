/**
 * How rules/archive/ruleset-2026.11.1.json was made (kept so the conversion can be checked and re-run):
 *   git show b5e4326:rules/<file>.json for every file into a folder, then
 *   npx tsx scripts/rulesets/convert-2026.11.1.ts <that folder>
 *
 * 2026.11.1 is the ruleset every format-1 share link and version-1 answers file was made with (commit b5e4326 is
 * the last one of it on main). Today's engine reads a knowledge base of today's shape, so its data is brought to
 * that shape without changing what it decides:
 * - timeline phases gain `workDuringWait: false`, which is how the engine of the time scheduled every phase;
 * - compliance obligations, which then had only an id, title, reasons and actions, gain the fields obligations
 *   have now, filled so that they add nothing (an ongoing duty under one "earlier ruleset" regime, no legal
 *   reference, no schedule): their timeline work was then in timeline.json's own rules, which are kept;
 * - conditions on what has since changed meaning read the answers as that version read them: the retired
 *   question euAiActUses (a risk for EU hiring) and the derived fact euHighRisk (then: one of its uses ticked)
 *   read the highStakes options its answers are carried over to, with EU users; highStakesUse (then: a legal,
 *   medical, financial or hiring decision) reads those four options, not the uses highStakes has gained since.
 * test/engine/ruleset-history.test.ts checks that the result gives the plans 2026.11.1 gave for its examples.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) throw new Error('usage: convert-2026.11.1.ts <folder with the 2026.11.1 rules>');
// Untyped on purpose: this is the data of another version's schema, reshaped by hand.
type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const raw: Record<string, Json> = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')))
  raw[f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, f), 'utf8'));

for (const phase of Object.values(raw.timeline.phases) as Record<string, unknown>[])
  phase.workDuringWait = false;

const compliance = raw.compliance;
raw.compliance = {
  $comment: `${compliance.$comment} (Archived ruleset 2026.11.1, brought to today's shape: see scripts/rulesets/convert-2026.11.1.ts.)`,
  reviewedOn: '2026-11-23',
  regimes: {
    'ruleset-2026-11-1': {
      name: 'Obligations as ruleset 2026.11.1 listed them',
      short: 'Ruleset 2026.11.1',
      jurisdiction: 'international',
    },
  },
  laws: {},
  rules: compliance.rules.map((r: Json) => ({
    ...r,
    obligation: {
      ...r.obligation,
      regime: 'ruleset-2026-11-1',
      kind: 'ongoing',
      owner: 'legal',
      evidence: 'Not recorded by ruleset 2026.11.1.',
      legal: [],
    },
  })),
};

const eu = { fact: 'euInvolved', op: 'eq', value: true };
/** The highStakes options euAiActUses's high-risk areas are carried over to (src/domain/questions/retired.ts). */
const euUses = [
  'hiring',
  'medical',
  'credit-scoring',
  'insurance-pricing',
  'education-scoring',
  'public-benefits',
];
const oldHighStakes = ['legal', 'medical', 'financial', 'hiring'];

const asThen = (c: Json): Json => {
  if (Array.isArray(c)) return c.map(asThen);
  if (typeof c !== 'object' || c === null) return c;
  if (c.fact === 'euAiActUses' && c.op === 'has' && c.value === 'employment')
    return { all: [eu, { fact: 'highStakes', op: 'has', value: 'hiring' }] };
  if (c.fact === 'euHighRisk' && c.op === 'eq' && c.value === true)
    return { all: [eu, { fact: 'highStakes', op: 'hasAny', value: euUses }] };
  if (c.fact === 'highStakesUse' && c.op === 'eq')
    return { fact: 'highStakes', op: c.value === true ? 'hasAny' : 'hasNone', value: oldHighStakes };
  if (['euAiActUses', 'euHighRisk', 'highStakesUse'].includes(c.fact))
    throw new Error(`no conversion for ${JSON.stringify(c)}`);
  return Object.fromEntries(Object.entries(c).map(([k, v]) => [k, asThen(v)]));
};
const converted = asThen(raw);

writeFileSync('rules/archive/ruleset-2026.11.1.json', `${JSON.stringify(converted)}\n`);
console.log('wrote rules/archive/ruleset-2026.11.1.json');
