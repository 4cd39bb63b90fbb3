/** Display names of the engine's choices: presentation data kept beside the engine that emits them. */
import type { ApproachId } from '@/domain/plan';
import type { PhaseId } from './rules-schema';

export type { PhaseId };

export const approachLabels: Record<ApproachId, string> = {
  prompt: 'Prompt engineering on a foundation model',
  rag: 'Retrieval-augmented generation (RAG) on your data',
  'fine-tune': 'Fine-tuning a foundation model',
  'rag-fine-tune': 'RAG plus a fine-tuned model',
  agentic: 'An agentic system with tools',
};

export const approachSummaries: Record<ApproachId, string> = {
  prompt:
    'Use a general foundation model with carefully designed, versioned prompts and no retrieval or training: the quickest and cheapest path, weakest on domain facts.',
  rag: 'Retrieve the relevant passages from your own documents at request time and have the model answer from them; the document store is updated without retraining.',
  'fine-tune':
    'Adapt an open or hosted foundation model to your examples so it reliably produces your format, vocabulary and style.',
  'rag-fine-tune':
    'Ground answers in retrieved documents and use a model fine-tuned on your examples for the style and vocabulary retrieval alone cannot give.',
  agentic:
    'An orchestrated agent that plans steps and calls your systems through narrowly scoped tools, built on prompting and retrieval rather than a custom model.',
};

/** Evaluation order for ties: the more conservative, better-evidenced path first. */
export const approachOrder: readonly ApproachId[] = [
  'rag',
  'prompt',
  'fine-tune',
  'rag-fine-tune',
  'agentic',
];

export const tierLabels = {
  small: 'Small, fast model',
  frontier: 'Frontier model',
  routing: 'Routing between a small and a frontier model',
} as const;

export const hostingLabels = {
  'public-api': 'Public model API',
  'enterprise-cloud': 'Enterprise cloud AI platform under a data-processing agreement',
  'private-cloud': 'Open-weight models in your private cloud',
  'on-premises': 'Open-weight models in your own data centre',
} as const;

export const familyLabels = {
  llm: 'Large language model (transformer)',
  multimodal: 'Multimodal model',
  diffusion: 'Diffusion model',
  gan: 'Generative adversarial network (GAN)',
  vae: 'Variational autoencoder (VAE)',
} as const;

export interface PhaseInfo {
  name: string;
  /** Runs alongside the sequential phases, so it does not lengthen the total. */
  parallel: boolean;
}

/** In calendar order. */
export const phases: Record<PhaseId, PhaseInfo> = {
  scoping: { name: 'Scoping and success criteria', parallel: false },
  'data-prep': { name: 'Data preparation', parallel: false },
  prototype: { name: 'Prototype on a data sample (alongside data preparation)', parallel: true },
  build: { name: 'Build', parallel: false },
  integration: { name: 'Integration with existing systems', parallel: false },
  compliance: { name: 'Compliance work and documentation', parallel: false },
  evaluation: { name: 'Evaluation and red-teaming', parallel: false },
  'regulatory-approval': { name: 'Regulatory approval', parallel: false },
  rollout: { name: 'Rollout', parallel: false },
};
