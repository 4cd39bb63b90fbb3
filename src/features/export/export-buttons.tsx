/**
 * The outputs on the results page: whom the document is for (the full plan, or the executive, compliance, engineering
 * or architecture reader's view of it), that document on screen, and its downloads. Thin: the documents come from
 * `readers/` and the renderers; the PDF code (and pdfmake with it) is loaded only when someone asks for a PDF, and
 * runs in a worker (`make-pdf`).
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Notes } from '@/domain/notes';
import type { Plan } from '@/domain/plan';
import type { Answers } from '@/domain/questions';
import type { Sensitivity } from '@/engine/what-if';
import { readerIds, type ReaderId } from './document';
import { DocumentView } from './document-view';
import { downloadExport, exportFilename } from './export-actions';
import { buildReaderDocument } from './readers';
import { renderCsv } from './to-csv';
import { renderMarkdown, toMarkdown } from './to-markdown';
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
  /** The level of the on-screen document's title: one below the page's section headings' parent. */
  headingLevel?: 2 | 3;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Who each document is for, as the picker offers it. */
export const readerChoices: Record<ReaderId, { label: string; note: string }> = {
  full: {
    label: 'Full plan',
    note: 'Everything on this page, with every reason and source; the Markdown ends with the technical trace.',
  },
  exec: {
    label: 'Executive one-pager',
    note: 'The decision, the figures, the top risks, the gates and the next steps: one printed page.',
  },
  compliance: {
    label: 'Compliance appendix',
    note: 'Every obligation with why it applies, the answers behind it, the law, and what is still open.',
  },
  backlog: {
    label: 'Engineering backlog',
    note: 'Phases, components and gates as work items with acceptance criteria; the CSV imports into GitHub Issues, Jira and Linear.',
  },
  adr: {
    label: 'Decision record',
    note: 'An architecture decision record (MADR): context, options and why not, the decision, consequences, open questions.',
  },
};

export function ExportButtons({
  plan,
  answers,
  notes,
  prepare,
  now = () => new Date(),
  headingLevel = 2,
}: ExportButtonsProps) {
  const [reader, setReader] = useState<ReaderId>('full');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [progress, setProgress] = useState(0);
  const pdfBusy = useRef(false);
  const name = useId();
  const noteId = useId();
  const choice = readerChoices[reader];

  // The preview's date only names the document on screen; each download is dated when it is made.
  const preview = useMemo(
    () =>
      reader === 'full'
        ? undefined
        : buildReaderDocument(reader, plan, answers, { generatedAt: now().toISOString() }),
    // `now` is a clock, not an input: the preview follows the plan and the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [reader, plan, answers],
  );

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
    const text =
      reader === 'full'
        ? toMarkdown(p.plan, answers, opts)
        : renderMarkdown(buildReaderDocument(reader, p.plan, answers, opts));
    return { generatedAt, text };
  };

  const saveMarkdown = (p: { plan: Plan; sensitivity?: Sensitivity }) => {
    const { generatedAt, text } = markdownOf(p);
    const filename = exportFilename(answers, generatedAt, 'md', reader);
    downloadExport(filename, text, 'md');
    setStatus({ kind: 'done', text: `Markdown saved as ${filename}.` });
  };
  const downloadMarkdown = () => {
    const p = ready();
    if (!(p instanceof Promise)) return saveMarkdown(p);
    setStatus({ kind: 'busy', text: 'Working out what decides the plan…' });
    void p.then(saveMarkdown);
  };

  const downloadCsv = () => {
    const generatedAt = now().toISOString();
    const filename = exportFilename(answers, generatedAt, 'csv', reader);
    downloadExport(filename, renderCsv(buildReaderDocument(reader, plan, answers, { generatedAt })), 'csv');
    setStatus({ kind: 'done', text: `CSV saved as ${filename}.` });
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
        reader,
        ...(notes ? { notes } : {}),
        ...(p.sensitivity ? { sensitivity: p.sensitivity } : {}),
        // Shown on the button only: announcing every tenth in the live region would be noise.
        onProgress: (share) => setProgress(Math.round(share * 100)),
      });
      const filename = exportFilename(answers, generatedAt, 'pdf', reader);
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
    <div className="export-panel">
      <fieldset className="export-readers" aria-describedby={noteId}>
        <legend>Who is it for?</legend>
        <div className="export-readers__choices">
          {readerIds.map((id) => (
            <label key={id} className="export-readers__choice">
              <input
                type="radio"
                name={name}
                value={id}
                checked={reader === id}
                onChange={() => {
                  setReader(id);
                  setStatus({ kind: 'idle' });
                }}
              />{' '}
              {readerChoices[id].label}
            </label>
          ))}
        </div>
        <p id={noteId} className="export-readers__note">
          {choice.note}
        </p>
      </fieldset>
      <div className="export-buttons" role="group" aria-label={`Export: ${choice.label}`}>
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
        {reader === 'backlog' && (
          <button type="button" className="secondary small" onClick={downloadCsv}>
            Download CSV
          </button>
        )}
        {/* Both regions are always rendered, so screen readers know them before the first message arrives. */}
        <p role="status" className="export-status">
          {status.kind === 'busy' || status.kind === 'done' ? status.text : ''}
        </p>
        <p role="alert" className="export-error">
          {status.kind === 'error' ? status.text : ''}
        </p>
      </div>
      {preview && (
        <div className="export-preview">
          <DocumentView doc={preview} level={headingLevel} />
        </div>
      )}
    </div>
  );
}
