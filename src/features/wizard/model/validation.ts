/**
 * Everything the wizard validates with zod, as one chunk loaded after the first screen is drawn (see
 * validation-loader.ts): zod and the schemas derived from the catalogue are the largest part of the wizard.
 */
export { parseAnswersBytes } from '@/domain/answers';
export { upgradeAnswers } from '@/domain/questions';
export { splitFieldValues, stepResolver } from './fields';
export { loadDraft } from './load-draft';
