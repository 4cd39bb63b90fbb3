export { WizardActor } from './wizard-actor';
export { WizardView } from './components/wizard-view';
export { DraftActions } from './components/draft-actions';
export { downloadAnswers } from './download-answers';
export { useDraftPersistence, type DraftPersistence, type SaveState } from './use-draft-persistence';
export { getStorage, loadWithoutDraft, DRAFT_KEY, type LoadResult } from './model/draft-storage';
export type { FieldState } from './model/draft-sync';
export { loadValidation } from './model/validation-loader';
export { outstanding } from './model/flow';
