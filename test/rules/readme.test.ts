import { readFileSync } from 'node:fs';
import { derivedFacts } from '@/engine/facts';
import { ruleset } from '@/engine/ruleset';

describe('src/engine/README.md', () => {
  const readme = readFileSync('src/engine/README.md', 'utf8');
  it.each(Object.keys(derivedFacts))('documents the derived fact %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });
});

describe('src/engine/README.md rule counts', () => {
  const readme = readFileSync('src/engine/README.md', 'utf8');
  it.each(Object.entries(ruleset))('states the rule count of rules/%s.json', (concern, file) => {
    expect(readme).toMatch(new RegExp(`\\| \`rules/${concern}\\.json\` +\\| ${file.rules.length} +\\|`));
  });
});
