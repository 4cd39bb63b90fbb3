/** The results feature's public surface for the app shell. */
export { PlanView, type PlanViewProps } from './plan-view';
export { LivePreview, type LivePreviewProps } from './live-preview';
