/**
 * The wizard's positions. Apart from flow.ts so that reading a stored draft (load-draft.ts, in the validation
 * chunk) needs only this, not the flow logic the questionnaire's own chunk carries.
 */
import { stepIds } from '@/domain/questions';

export const wizardSteps = [...stepIds, 'review', 'results'] as const;
export type WizardStep = (typeof wizardSteps)[number];
export const isWizardStep = (s: unknown): s is WizardStep => wizardSteps.includes(s as WizardStep);

/** Raw text of fields that do not validate yet, kept so a reload never loses what was typed. */
export type Pending = Record<string, string>;
