/** What the page and the PDF worker say to each other. */
import type { Notes } from '@/domain/notes';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { Sensitivity } from '@/engine/what-if';
import type { PlanDocument, ReaderId } from './document';

export type PdfRequest =
  | {
      id: number;
      kind?: 'plan';
      plan: Plan;
      answers: Answers;
      generatedAt: string;
      reader: ReaderId;
      notes?: Notes;
      sensitivity?: Sensitivity;
    }
  /** A document built on the page (a comparison of scenarios). */
  | { id: number; kind: 'document'; document: PlanDocument };

export type PdfResponse =
  | { id: number; kind: 'progress'; share: number }
  | { id: number; kind: 'done'; bytes: Uint8Array }
  | { id: number; kind: 'error'; message: string };
