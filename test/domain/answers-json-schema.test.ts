import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersJsonSchema } from '@/domain/answers-json-schema';
import { questions } from '@/domain/questions';

describe('answers JSON Schema', () => {
  it('is committed up to date (run `npm run schema` after changing a question)', () => {
    const committed = JSON.parse(readFileSync('schema/answers.schema.json', 'utf8'));
    expect(committed).toEqual(answersJsonSchema());
  });

  it('describes every question with its label and forbids unknown answers', () => {
    const answers = (
      answersJsonSchema().properties as Record<
        string,
        { properties: Record<string, { title: string }>; additionalProperties: boolean }
      >
    ).answers!;
    expect(Object.keys(answers.properties)).toEqual(questions.map((q) => q.id));
    expect(answers.properties.industry?.title).toBe('Which industry does the project serve?');
    expect(answers.additionalProperties).toBe(false);
  });
});
