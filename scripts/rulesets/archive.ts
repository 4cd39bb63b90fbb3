/**
 * `npm run rules:archive`: writes today's knowledge base (rules/*.json) to rules/archive/ruleset-<RULESET_VERSION>.json,
 * the snapshot an answers file or a link made with this version is compared against once the rules have moved
 * on. Run it whenever RULESET_VERSION is bumped; the tests fail while rules/ and the current version's snapshot
 * disagree (test/engine/ruleset-history.test.ts), which is also how a rule change without a version bump shows.
 */
import { writeFileSync } from 'node:fs';
import { rawRuleset } from '@/engine/ruleset';
import { RULESET_VERSION } from '@/engine/version';

const file = `rules/archive/ruleset-${RULESET_VERSION}.json`;
writeFileSync(file, `${JSON.stringify(rawRuleset)}\n`);
console.log(`wrote ${file}`);
