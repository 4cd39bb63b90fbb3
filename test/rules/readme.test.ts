import { readFileSync } from 'node:fs';
import { derivedFacts } from '@/engine/facts';

describe('src/engine/README.md', () => {
  const readme = readFileSync('src/engine/README.md', 'utf8');
  it.each(Object.keys(derivedFacts))('documents the derived fact %s', (name) => {
    expect(readme).toMatch(new RegExp(`\\| \`${name}\` +\\|`));
  });
});
