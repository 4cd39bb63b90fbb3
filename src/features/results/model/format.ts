/**
 * The results page formats figures exactly as the exports do; the shared code lives in the domain because
 * features do not import each other.
 */
export {
  DASH,
  formatPercentRange,
  formatShareRange,
  formatUsd,
  formatUsdRange,
  formatWeeksRange,
} from '@/domain/format';
