import { toAnswersFile } from '@/domain/answers-format';
import type { Notes } from '@/domain/notes';
import { isAnswered, splitByApplicability, type Answers } from '@/domain/questions';
import { downloadFile, slugify } from '@/components/ui/download';
import { RULESET_VERSION } from '@/engine/version';

/**
 * The answers that apply, with their notes, as an answers file the user can keep, import again or give to the
 * CLI. It names the ruleset of today's plan, so a later version can say what changed since.
 */
export function downloadAnswers(answers: Answers, notes: Notes = {}) {
  const { active } = splitByApplicability(answers);
  // Notes on the answers the file holds, as typed (at most NOTE_MAX_LENGTH: the field allows no more); whoever
  // reads the file cleans them (parseAnswersFile), so the questionnaire does not carry the cleaner.
  const kept = Object.entries(notes).flatMap(([id, t]) =>
    t && t.trim() && isAnswered(active[id]) ? [[id, t.trim()]] : [],
  );
  const name = typeof active.projectName === 'string' ? active.projectName : '';
  downloadFile(
    `scopewise-answers-${slugify(name, 'draft')}.json`,
    `${JSON.stringify(toAnswersFile(active, { notes: Object.fromEntries(kept), rulesetVersion: RULESET_VERSION }), null, 2)}\n`,
    'application/json',
  );
}
