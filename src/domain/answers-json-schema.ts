/** The JSON Schema of the answers file, for tools that write answer files without TypeScript. */
import { z } from 'zod';
import { answersFileSchema } from './answers';
import { NOTE_MAX_LENGTH } from './notes';
import { questions } from './questions';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema> };

export function answersJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(answersFileSchema, { unrepresentable: 'any' }) as JsonSchema;
  const answers = schema.properties?.answers;
  for (const q of questions) {
    const p = answers?.properties?.[q.id];
    if (!p) continue;
    // Whole numbers are checked by a refinement, which JSON Schema cannot see; say it in the schema's own terms.
    // A number that may be "unsure" is a choice of two shapes: the number is the one of type number.
    const numeric = (p.anyOf as JsonSchema[] | undefined)?.find((b) => b.type === 'number') ?? p;
    if (q.kind === 'number' && q.integer) numeric.type = 'integer';
    p.title = q.label;
    if (q.retired) {
      // Still read from older files, and carried over to the question that replaced it.
      p.deprecated = true;
      p.description = `Retired, no longer asked. ${q.retired}`;
      continue;
    }
    const unsure = (q.kind === 'number' || q.kind === 'date') && q.unsure ? ' May be "unsure".' : '';
    const where = q.step === 'figures' ? ' One of the estimate’s own figures, set on the results page.' : '';
    p.description = `${q.help}${q.showIf ? ' Only asked when it applies (see the questionnaire).' : ''}${where}${unsure}${q.required ? '' : ' Optional.'}`;
  }
  const notes = schema.properties?.notes;
  if (notes) {
    notes.title = 'Notes on answers';
    notes.description = `Optional. A short plain-text note per answer, by question id: why it is so, who confirmed it (at most ${NOTE_MAX_LENGTH} characters; never read as markup).`;
  }
  const ruleset = schema.properties?.rulesetVersion;
  if (ruleset) {
    ruleset.title = 'Ruleset version';
    ruleset.description =
      'Optional. The ruleset the answers were written with (YYYY.MM.N); a later version of Scopewise lists what changed in the plan since.';
  }
  return {
    $id: 'https://scopewise.invalid/schema/answers.schema.json',
    title: 'Scopewise answers file',
    description:
      'Answers to the Scopewise pre-project questionnaire. Only inputs are stored; the plan is recomputed from them.',
    ...schema,
  };
}
