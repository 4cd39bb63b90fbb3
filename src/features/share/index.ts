/** Share links: the pure codec in `model/`, and the two thin views the app shell mounts. */
export * from './model';
export { SharePanel } from './share-panel';
export { SharedPlanView } from './shared-plan-view';
