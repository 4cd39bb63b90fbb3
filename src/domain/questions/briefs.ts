/**
 * The one sentence a question shows under its label; its full `help` and sources wait behind "More". Short on
 * purpose: a busy reader takes in the gist and opens the rest only when the question is unclear. Most help
 * opens with such a sentence, up to its first colon or semicolon; the questions whose help does not are given
 * one here.
 */
import type { QuestionId } from './index';
import type { Question } from './types';

const briefs: Partial<Record<QuestionId, string>> = {
  industry: 'Health, finance, insurance and legal work bring mandatory rules from day one.',
  usStates: 'Some US rules are set by states and cities.',
  budgetCeiling: 'The plan compares its build estimate with this ceiling.',
  targetLaunch: 'The plan compares its timeline with this date.',
  taskCategory: 'Each kind of task has a typical architecture and typical sizes.',
  outputModalities: 'Images or video out call for other models than text out.',
  inputFormat: 'Name the input precisely: kind of document, length, languages.',
  outputFormat: 'An exact output format is what makes quality measurable.',
  latency: 'Faster answers push towards smaller models.',
  outputWords: 'Longer outputs add cost and waiting time.',
  agentCount: 'Several agents multiply keys, memory and start-up time.',
  docsAccessControlled: 'Without permissions, the assistant may show documents to the wrong people.',
  labelledExamples: 'Fine-tuning needs about a thousand good examples or more.',
  regulatedSector: 'A regulator’s requirements must be designed in from the start.',
  baaAvailable: 'Without a signed agreement, patient data stays on infrastructure you control.',
  diagnosticUse: 'Software that helps diagnose or treat usually needs approval as a medical device.',
  euPersonalData: 'Personal data of people in the EU brings the GDPR.',
  dataLeaves: 'This decides which providers and hosting options remain.',
  outputUse: 'Commercial use raises the stakes of copyright questions.',
};

/** The help's opening, up to the first colon, semicolon or full stop, as a sentence. */
const opening = (help: string): string =>
  `${(help.match(/^(.*?)(?:[;:]\s|\.\s|\.$|$)/)?.[1] ?? help).trim()}.`;

/** The one sentence shown under a question's label. */
export const briefOf = (q: Question): string => briefs[q.id as QuestionId] ?? opening(q.help);
