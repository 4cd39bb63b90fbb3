/** The export feature's public surface. `to-pdf` is deliberately absent: import it with `import()` only. */
export { ExportButtons, type ExportButtonsProps } from './export-buttons';
export { toMarkdown } from './to-markdown';
export { exportFilename } from './export-actions';
export { buildComparisonDocument, type ComparisonDocumentOptions } from './comparison-document';
export { renderMarkdown } from './to-markdown';
/** A document (a comparison) as a PDF, laid out in the worker; pdfmake is loaded only then. */
export const makeDocumentPdf = async (
  ...args: Parameters<typeof import('./make-pdf').makeDocumentPdf>
): Promise<Uint8Array> => (await import('./make-pdf')).makeDocumentPdf(...args);
