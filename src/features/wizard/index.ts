export { WizardActor } from './wizard-actor';
export { WizardView } from './components/wizard-view';
export { DraftActions, downloadAnswers } from './components/draft-actions';
export { useAutosave, type AutosaveStatus } from './use-autosave';
export { getStorage, loadWithoutDraft, DRAFT_KEY, type LoadResult } from './model/draft-storage';
export { loadValidation } from './model/validation-loader';
export { outstanding } from './model/flow';
