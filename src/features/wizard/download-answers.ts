import { toAnswersFile } from '@/domain/answers-format';
import { splitByApplicability, type Answers } from '@/domain/questions';
import { downloadFile, slugify } from '@/components/ui/download';

/** The answers that apply, as an answers file the user can keep, import again or give to the CLI. */
export function downloadAnswers(answers: Answers) {
  const { active } = splitByApplicability(answers);
  const name = typeof active.projectName === 'string' ? active.projectName : '';
  downloadFile(
    `scopewise-answers-${slugify(name, 'draft')}.json`,
    `${JSON.stringify(toAnswersFile(active), null, 2)}\n`,
    'application/json',
  );
}
