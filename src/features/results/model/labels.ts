/** Display words for plan enums the plan does not label itself. */
import type { ApproachId, Plan } from '@/domain/plan';

export const approachLabels: Record<ApproachId, string> = {
  prompt: 'Prompt engineering',
  rag: 'Retrieval-augmented generation (RAG)',
  'fine-tune': 'Fine-tuning',
  'rag-fine-tune': 'RAG with a fine-tuned model',
  agentic: 'Agentic workflow',
};

export const fineTuneLabels: Record<NonNullable<Plan['approach']['fineTuneMethod']>, string> = {
  lora: 'parameter-efficient (LoRA/QLoRA)',
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
