export { evaluate, DEFAULT_TODAY, type EvaluateOptions } from './evaluate';
export { RULESET_VERSION } from './version';
export { derivedFacts, type DerivedFactName, type FactName } from './facts';
export { ruleset, loadRuleset } from './ruleset';
export { factLabel } from './wording';
export { editableDefaults } from './ruleset';
