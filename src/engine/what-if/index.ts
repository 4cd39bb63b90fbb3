/** What if: decisive answers, sensitivity, scenarios compared, and what changed since an earlier ruleset. */
export {
  analyseDecisive,
  analyseWhatIf,
  whatIfWork,
  withDecisive,
  type WhatIfAnalysis,
  type WhatIfProgress,
} from './analysis';
export { flipOf, type Decisive } from './decisive';
export { metrics, type Changes, type Metric, type WhatIfOptions } from './probe';
export type { Sensitivity, SensitivityPoint, SensitivityRow } from './sensitivity';
export { finish, type Work } from './work';
export { decisiveValueShort } from './wording';
export {
  compareScenarios,
  planChanges,
  type Cell,
  type Comparison,
  type ComparedPlan,
  type ListItem,
  type PlanChange,
  type Row,
  type RowId,
} from './compare';
