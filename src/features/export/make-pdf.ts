/**
 * Makes the PDF off the main thread: in a worker (`pdf-worker.ts`) where the browser has module workers, else on
 * the page with the same code. The worker is started on the first export and kept for the next ones, which then
 * skip loading pdfmake and the fonts again.
 */
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { PdfRequest, PdfResponse } from './pdf-messages';
import type { PlanDocument } from './document';
import type { ToPdfOptions } from './to-pdf';

let worker: Worker | undefined;
let nextId = 1;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./pdf-worker.ts', import.meta.url), { type: 'module', name: 'pdf' });
  return worker;
}

async function onThePage(plan: Plan, answers: Answers, opts: ToPdfOptions): Promise<Uint8Array> {
  const { toPdf } = await import('./to-pdf');
  return toPdf(plan, answers, opts);
}

/** What the worker is asked to lay out, without the id and the progress callback. */
type Job =
  | { kind: 'plan'; plan: Plan; answers: Answers; opts: ToPdfOptions }
  | { kind: 'document'; document: PlanDocument };

function inWorker(job: Job, onProgress: ToPdfOptions['onProgress']): Promise<Uint8Array> {
  const w = startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.kind === 'progress') onProgress?.(m.share);
      else {
        cleanUp();
        if (m.kind === 'done') resolve(m.bytes);
        else reject(new Error(m.message));
      }
    };
    // The worker script itself failed (it could not be fetched offline, or did not parse): start afresh next time.
    const onError = (event: ErrorEvent) => {
      cleanUp();
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = undefined;
      reject(new Error(event.message || 'the PDF worker could not start'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    let request: PdfRequest;
    if (job.kind === 'document') request = { id, kind: 'document', document: job.document };
    else {
      const { plan, answers, opts } = job;
      request = { id, plan, answers, generatedAt: opts.generatedAt, reader: opts.reader ?? 'full' };
      if (opts.notes) request.notes = opts.notes;
      if (opts.sensitivity) request.sensitivity = opts.sensitivity;
    }
    w.postMessage(request);
  });
}

export function makePdf(plan: Plan, answers: Answers, opts: ToPdfOptions): Promise<Uint8Array> {
  return typeof Worker === 'undefined'
    ? onThePage(plan, answers, opts)
    : inWorker({ kind: 'plan', plan, answers, opts }, opts.onProgress);
}

/** A document built on the page (a comparison of scenarios) as a PDF, off the main thread where possible. */
export async function makeDocumentPdf(
  document: PlanDocument,
  opts: Pick<ToPdfOptions, 'onProgress'> = {},
): Promise<Uint8Array> {
  if (typeof Worker !== 'undefined') return inWorker({ kind: 'document', document }, opts.onProgress);
  const { renderPdf } = await import('./to-pdf');
  return (await renderPdf(document, opts)).bytes;
}
