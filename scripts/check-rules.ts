// Validates the knowledge base before a production build, which trusts it at run time (`npm run build`).
import { loadRuleset, rawRuleset } from '../src/engine/ruleset';
import { concernStage, rulesOf, type Concern } from '../src/engine/rules-schema';

const result = loadRuleset(rawRuleset);
if (!result.ok) {
  console.error(`Invalid knowledge base in rules/:\n${result.errors.join('\n')}`);
  process.exit(1);
}
const concerns = Object.keys(concernStage) as Concern[];
console.log(`rules/: ${concerns.reduce((n, c) => n + rulesOf(result.value, c).length, 0)} rules valid`);
