/**
 * The export actions on the results page. Thin: the documents come from `to-markdown` and `to-pdf`; the PDF code
 * (and pdfmake with it) is loaded only when someone asks for a PDF, and runs in a worker (`make-pdf`).
 */
import { useRef, useState } from 'react';
import type { Notes } from '@/domain/notes';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { Sensitivity } from '@/engine/what-if';
import { downloadExport, exportFilename } from './export-actions';
import { toMarkdown } from './to-markdown';
import './export-buttons.css';

export interface ExportButtonsProps {
  plan: Plan;
  answers: Answers;
  /** Notes on answers, printed beside them. */
  notes?: Notes;
  /**
   * The plan as exported once its what-if analysis is complete (its decisive answers, the sensitivity): awaited
   * before each export, so every export has them.
   */
  prepare?: () => Promise<{ plan: Plan; sensitivity?: Sensitivity }>;
  /** For tests: the clock that dates the export. */
  now?: () => Date;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

export function ExportButtons({ plan, answers, notes, prepare, now = () => new Date() }: ExportButtonsProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [progress, setProgress] = useState(0);
  const pdfBusy = useRef(false);

  // Without `prepare`, the plan as given, at once (no await: a download stays in the click's own task).
  const ready = ():
    { plan: Plan; sensitivity?: Sensitivity } | Promise<{ plan: Plan; sensitivity?: Sensitivity }> =>
    prepare ? prepare() : { plan };
  const markdownOf = (p: { plan: Plan; sensitivity?: Sensitivity }) => {
    const generatedAt = now().toISOString();
    const opts = {
      generatedAt,
      ...(notes ? { notes } : {}),
      ...(p.sensitivity ? { sensitivity: p.sensitivity } : {}),
    };
    return { generatedAt, text: toMarkdown(p.plan, answers, opts) };
  };

  const saveMarkdown = (p: { plan: Plan; sensitivity?: Sensitivity }) => {
    const { generatedAt, text } = markdownOf(p);
    const filename = exportFilename(answers, generatedAt, 'md');
    downloadExport(filename, text, 'md');
    setStatus({ kind: 'done', text: `Markdown saved as ${filename}.` });
  };
  const downloadMarkdown = () => {
    const p = ready();
    if (!(p instanceof Promise)) return saveMarkdown(p);
    setStatus({ kind: 'busy', text: 'Working out what decides the plan…' });
    void p.then(saveMarkdown);
  };

  const copyMarkdown = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('This browser does not allow copying here.');
      await navigator.clipboard.writeText(markdownOf(await ready()).text);
      setStatus({ kind: 'done', text: 'Markdown copied to the clipboard.' });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: `Could not copy the Markdown (${(e as Error).message || 'permission denied'}). Use “Download Markdown” instead.`,
      });
    }
  };

  const downloadPdf = async () => {
    if (pdfBusy.current) return;
    pdfBusy.current = true;
    setProgress(0);
    setStatus({ kind: 'busy', text: 'Preparing the PDF…' });
    try {
      const [{ makePdf }, p] = await Promise.all([import('./make-pdf'), ready()]);
      const generatedAt = now().toISOString();
      const bytes = await makePdf(p.plan, answers, {
        generatedAt,
        ...(notes ? { notes } : {}),
        ...(p.sensitivity ? { sensitivity: p.sensitivity } : {}),
        // Shown on the button only: announcing every tenth in the live region would be noise.
        onProgress: (share) => setProgress(Math.round(share * 100)),
      });
      const filename = exportFilename(answers, generatedAt, 'pdf');
      downloadExport(filename, bytes, 'pdf');
      setStatus({ kind: 'done', text: `PDF saved as ${filename}.` });
    } catch (e) {
      // The plan and answers are untouched; the user can retry or take the Markdown instead.
      setStatus({
        kind: 'error',
        text: `The PDF could not be made (${(e as Error).message || 'unknown error'}). Your plan is unchanged: try again, or download the Markdown.`,
      });
    } finally {
      pdfBusy.current = false;
    }
  };

  const busy = status.kind === 'busy';
  return (
    <div className="export-buttons" role="group" aria-label="Export the plan">
      <button type="button" className="secondary small" onClick={downloadMarkdown}>
        Download Markdown
      </button>
      <button type="button" className="secondary small" onClick={() => void copyMarkdown()}>
        Copy Markdown
      </button>
      <button
        type="button"
        className="secondary small"
        onClick={() => void downloadPdf()}
        // aria-disabled, not disabled: a disabled button drops keyboard focus mid-export.
        aria-disabled={busy}
        aria-busy={busy}
      >
        {busy ? `Preparing PDF… ${progress}%` : 'Download PDF'}
      </button>
      {/* Both regions are always rendered, so screen readers know them before the first message arrives. */}
      <p role="status" className="export-status">
        {status.kind === 'busy' || status.kind === 'done' ? status.text : ''}
      </p>
      <p role="alert" className="export-error">
        {status.kind === 'error' ? status.text : ''}
      </p>
    </div>
  );
}
