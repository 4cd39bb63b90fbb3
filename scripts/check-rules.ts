// Validates the knowledge base before a production build, which trusts it at run time (`npm run build`).
import { loadRuleset, rawRuleset } from '../src/engine/ruleset';

const result = loadRuleset(rawRuleset);
if (!result.ok) {
  console.error(`Invalid knowledge base in rules/:\n${result.errors.join('\n')}`);
  process.exit(1);
}
console.log(`rules/: ${Object.values(result.value).reduce((n, f) => n + f.rules.length, 0)} rules valid`);
