/** Display words for plan enums the plan does not label itself. */
import type { Plan } from '@/domain/plan';

/** The engine's own approach names, so the page and the plan never disagree. */
export { approachLabels } from '@/engine/labels';

export const fineTuneLabels: Record<NonNullable<Plan['approach']['fineTuneMethod']>, string> = {
  lora: 'LoRA/QLoRA, parameter-efficient',
  full: 'full fine-tuning',
};

type Severity = Plan['risks'][number]['severity'];
export const severityRank: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
export const severityLabels: Record<Severity, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
