/** The export feature's public surface. `to-pdf` is deliberately absent: import it with `import()` only. */
export { ExportButtons, type ExportButtonsProps } from './export-buttons';
export { toMarkdown } from './to-markdown';
export { exportFilename } from './export-actions';
