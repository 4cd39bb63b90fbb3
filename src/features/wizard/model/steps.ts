/**
 * The wizard's positions: a page of the questionnaire (quick or detailed path), the review or the results. Apart
 * from the flow logic so that reading a stored draft (load-draft.ts, in the validation chunk) needs only this,
 * not the flow logic the questionnaire's own chunk carries. A page that opens a step is named after it, so a
 * draft saved when steps had one page each resumes where it was.
 */
import { pageIds } from '@/domain/questions';

export const wizardSteps = [...pageIds, 'review', 'results'] as const;
export type WizardStep = (typeof wizardSteps)[number];
export const isWizardStep = (s: unknown): s is WizardStep => wizardSteps.includes(s as WizardStep);

/** Raw text of fields that do not validate yet, kept so a reload never loses what was typed. */
export type Pending = Record<string, string>;
