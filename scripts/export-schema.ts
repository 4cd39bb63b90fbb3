// Writes schema/answers.schema.json from the zod answers schema (`npm run schema`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { answersJsonSchema } from '../src/domain/answers-json-schema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/answers.schema.json', `${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
console.log('Wrote schema/answers.schema.json');
