import { readFileSync } from 'node:fs';
import { derivedFacts } from '@/engine/facts';
import { ruleset } from '@/engine/ruleset';
import { concernStage, rulesOf, type Concern } from '@/engine/rules-schema';

describe('src/engine/README.md', () => {
  const readme = readFileSync('src/engine/README.md', 'utf8');
  it.each(Object.keys(derivedFacts))('documents the derived fact %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });
});

describe('src/engine/README.md rule counts', () => {
  const readme = readFileSync('src/engine/README.md', 'utf8');
  it.each(Object.keys(concernStage) as Concern[])('states the rule count of rules/%s.json', (concern) => {
    const count = rulesOf(ruleset, concern).length;
    expect(readme).toMatch(new RegExp(`\\| \`rules/${concern}\\.json\` +\\| ${count} +\\|`));
  });
});
