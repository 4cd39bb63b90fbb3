/**
 * The PDF is laid out here, in a dedicated worker, so the page stays responsive while pdfmake works (seconds on
 * a phone) and the progress on the button can repaint. Same code as the CLI: `toPdf`. The worker is a file on the
 * app's own origin (`worker-src 'self'`), fetched through the service worker like every other file.
 */
import type { PdfRequest, PdfResponse } from './pdf-messages';
import { renderPdf, toPdf } from './to-pdf';

const post = (message: PdfResponse, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  const { id } = request;
  const onProgress = (share: number) => post({ id, kind: 'progress', share });
  try {
    const bytes =
      request.kind === 'document'
        ? (await renderPdf(request.document, { onProgress })).bytes
        : await toPdf(request.plan, request.answers, {
            generatedAt: request.generatedAt,
            reader: request.reader,
            ...(request.notes ? { notes: request.notes } : {}),
            ...(request.sensitivity ? { sensitivity: request.sensitivity } : {}),
            onProgress,
          });
    // A copy the size of the file, so its buffer can be handed over rather than cloned.
    const own = bytes.slice();
    post({ id, kind: 'done', bytes: own }, [own.buffer]);
  } catch (e) {
    post({ id, kind: 'error', message: (e as Error)?.message || 'unknown error' });
  }
};
