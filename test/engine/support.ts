import { readFileSync, readdirSync } from 'node:fs';
import { parseAnswersFile } from '@/domain/answers';
import type { Answers } from '@/domain/questions';

export const exampleFiles = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .sort();

export function loadExample(name: string): Answers {
  const r = parseAnswersFile(readFileSync(`examples/${name}`, 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.errors.join('; ')}`);
  return r.value.answers;
}
