export { evaluate, DEFAULT_TODAY, type EvaluateOptions } from './evaluate';
export { RULESET_VERSION } from './version';
