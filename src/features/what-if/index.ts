/** The what-if feature: decisive answers and sensitivity, scenarios compared, notes, what changed since a ruleset. */
export { WhatIfSection, type WhatIfSectionProps } from './what-if-section';
export {
  ComparisonView,
  tryInComparison,
  type ComparisonExportOptions,
  type ComparisonServices,
  type ComparisonViewProps,
  type ScenarioInput,
} from './comparison-view';
export { ScenarioStore, MAX_SCENARIOS, SCENARIOS_KEY, type Scenario } from './scenario-store';
export { useWhatIf, type WhatIfState } from './use-what-if';
export { AnswerNotes } from './answer-notes';
export { RulesetChanges } from './ruleset-changes';
