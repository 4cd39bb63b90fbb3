/**
 * How long a path of the questionnaire takes, measured rather than guessed: the questions it asks for a given set
 * of answers (branching included), the words a page shows for them (label, the one visible sentence, options and
 * their hints), read at 240 words a minute, plus the time to answer each kind of question and to turn each page.
 * The intro's promise ("15 questions, about 5 minutes") is checked against it in the tests.
 */
import { briefOf } from './briefs';
import { applicableQuestions, questionById, splitByApplicability } from './index';
import { pagesOf, type PathId } from './pages';
import type { Answers, Question } from './types';

const WORDS_PER_MINUTE = 240;
/**
 * Seconds to decide and answer, once read: a choice, several, a figure or a date (which take some thought), and
 * text to type.
 */
const answerSeconds = (q: Question): number => {
  switch (q.kind) {
    case 'single':
      return 6;
    case 'multi':
      return 10;
    case 'number':
    case 'date':
      return 15;
    case 'text':
      return q.multiline ? 45 : 15;
  }
};
const PAGE_SECONDS = 5;

const count = (s: string | undefined): number => (s ? s.split(/\s+/).filter(Boolean).length : 0);

/** The words a question shows before "More" is opened. */
export function shownWords(q: Question): number {
  const options = q.kind === 'single' || q.kind === 'multi' ? q.options : [];
  return count(q.label) + count(briefOf(q)) + options.reduce((n, o) => n + count(o.label) + count(o.hint), 0);
}

export interface PathEffort {
  pages: number;
  questions: number;
  /** Words of the visible sentence under each question: the help a reader is asked to take in. */
  helpWords: number;
  words: number;
  minutes: number;
}

/**
 * What a path asks of someone whose answers are these (only used to decide which questions apply). Questions
 * behind a page's closed "refine" disclosure are not counted: answering them is optional.
 */
export function pathEffort(path: PathId, answers: Answers): PathEffort {
  const { active } = splitByApplicability(answers);
  const applicable = new Set(applicableQuestions(active).map((q) => q.id));
  let pages = 0;
  let seconds = 0;
  let words = 0;
  let helpWords = 0;
  let questions = 0;
  for (const page of pagesOf(path)) {
    const asked = page.questions.filter((id) => applicable.has(id) && !page.refine?.questions.includes(id));
    if (asked.length === 0) continue;
    pages++;
    seconds += PAGE_SECONDS;
    words += count(page.title);
    for (const id of asked) {
      const q = questionById.get(id)!;
      questions++;
      words += shownWords(q);
      helpWords += count(briefOf(q));
      seconds += answerSeconds(q);
    }
  }
  seconds += (words / WORDS_PER_MINUTE) * 60;
  return { pages, questions, helpWords, words, minutes: seconds / 60 };
}
