/** What the page and the PDF worker say to each other. */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { ReaderId } from './document';

export interface PdfRequest {
  id: number;
  plan: Plan;
  answers: Answers;
  generatedAt: string;
  reader: ReaderId;
}

export type PdfResponse =
  | { id: number; kind: 'progress'; share: number }
  | { id: number; kind: 'done'; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string };
