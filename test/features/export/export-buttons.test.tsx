// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportButtons } from '@/features/export';
import { exportFilename } from '@/features/export/export-actions';
import { policyAnswers, policyPlan } from '../../support/plan-fixture';

const downloads = vi.hoisted(() => [] as { filename: string; data: BlobPart; type: string }[]);
vi.mock('@/components/ui/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/components/ui/download')>()),
  downloadFile: (filename: string, data: BlobPart, type: string) => downloads.push({ filename, data, type }),
}));

const pdf = vi.hoisted(() => ({
  result: Promise.resolve(new Uint8Array([37, 80, 68, 70])) as Promise<Uint8Array>,
  readers: [] as (string | undefined)[],
}));
vi.mock('@/features/export/to-pdf', () => ({
  toPdf: (_plan: unknown, _answers: unknown, opts: { onProgress?: (s: number) => void; reader?: string }) => {
    pdf.readers.push(opts.reader);
    opts.onProgress?.(0.5);
    return pdf.result;
  },
}));

const now = () => new Date('2026-11-23T22:40:00Z');
const plan = policyPlan();

function setup() {
  const user = userEvent.setup();
  render(<ExportButtons plan={plan} answers={policyAnswers} now={now} />);
  return user;
}

beforeEach(() => {
  downloads.length = 0;
});

describe('exportFilename', () => {
  it('slugs the project name and dates the file', () => {
    expect(exportFilename(policyAnswers, '2026-11-23T22:40:00Z', 'md')).toBe(
      'scopewise-reclamations-cafe-lodz-2026-11-23.md',
    );
    expect(exportFilename({}, '2026-11-23T22:40:00Z', 'pdf')).toBe('scopewise-plan-2026-11-23.pdf');
    expect(exportFilename({ projectName: '智能 🚀' }, '2026-11-23', 'pdf')).toBe(
      'scopewise-plan-2026-11-23.pdf',
    );
  });

  it('names a reader’s document after its reader', () => {
    expect(exportFilename(policyAnswers, '2026-11-23', 'pdf', 'exec')).toBe(
      'scopewise-reclamations-cafe-lodz-executive-summary-2026-11-23.pdf',
    );
    expect(exportFilename({}, '2026-11-23', 'csv', 'backlog')).toBe('scopewise-plan-backlog-2026-11-23.csv');
    expect(exportFilename({}, '2026-11-23', 'md', 'adr')).toBe(
      'scopewise-plan-decision-record-2026-11-23.md',
    );
  });
});

describe('the reader picker', () => {
  it('shows the chosen reader’s document and downloads it in its formats', async () => {
    const user = setup();
    // The full plan is this page: no preview of it.
    expect(screen.getByRole('radio', { name: 'Full plan' })).toBeChecked();
    expect(screen.queryByRole('region', { name: /Engineering backlog/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: 'Engineering backlog' }));
    const preview = screen.getByRole('region', { name: 'Engineering backlog: Réclamations café – Łódź' });
    expect(preview).toHaveTextContent('Phase: Discovery');
    expect(preview).toHaveTextContent('Acceptance criteria');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(downloads.at(-1)!.filename).toBe('scopewise-reclamations-cafe-lodz-backlog-2026-11-23.csv');
    expect(downloads.at(-1)!.type).toBe('text/csv;charset=utf-8');
    expect(String(downloads.at(-1)!.data)).toMatch(/^"Title","Summary","Description"/);
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(String(downloads.at(-1)!.data)).toMatch(/^# Engineering backlog: Réclamations café – Łódź\n/);

    await user.click(screen.getByRole('radio', { name: 'Executive one-pager' }));
    expect(screen.getByRole('region', { name: /^Executive summary/ })).toHaveTextContent(
      'Recommended approach:',
    );
    expect(screen.queryByRole('button', { name: 'Download CSV' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() =>
      expect(downloads.at(-1)!.filename).toBe(
        'scopewise-reclamations-cafe-lodz-executive-summary-2026-11-23.pdf',
      ),
    );
    expect(pdf.readers.at(-1)).toBe('exec');

    await user.click(screen.getByRole('radio', { name: 'Decision record' }));
    expect(screen.getByRole('region', { name: /^Use retrieval-augmented/ })).toHaveTextContent(
      'Context and Problem Statement',
    );
  });
});

describe('ExportButtons', () => {
  it('downloads the Markdown and announces it', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('scopewise-reclamations-cafe-lodz-2026-11-23.md');
    expect(downloads[0]!.type).toBe('text/markdown;charset=utf-8');
    expect(String(downloads[0]!.data)).toMatch(/^# Scopewise plan: Réclamations café – Łódź\n/);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Markdown saved as scopewise-reclamations-cafe-lodz-2026-11-23.md.',
    );
  });

  it('copies the Markdown to the clipboard and confirms it', async () => {
    const user = setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('## Appendix B: Sources'));
    expect(await navigator.clipboard.readText()).toContain('# Scopewise plan: Réclamations café – Łódź');
    expect(screen.getByRole('status')).toHaveTextContent('Markdown copied to the clipboard.');
  });

  it('explains a refused clipboard and points to the download', async () => {
    const user = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('Permission denied'));
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not copy the Markdown (Permission denied). Use “Download Markdown” instead.',
    );
  });

  it('makes the PDF lazily, shows progress, and downloads it', async () => {
    let resolve!: (b: Uint8Array) => void;
    pdf.result = new Promise((r) => (resolve = r));
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    const busy = await screen.findByRole('button', { name: 'Preparing PDF… 50%' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Preparing the PDF…');
    // A second click while busy does not start a second export.
    await user.click(busy);
    resolve(new Uint8Array([37, 80, 68, 70, 45]));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('PDF saved as'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toBe('scopewise-reclamations-cafe-lodz-2026-11-23.pdf');
    expect(downloads[0]!.type).toBe('application/pdf');
    expect(screen.getByRole('button', { name: 'Download PDF' })).toHaveAttribute('aria-disabled', 'false');
  });

  it('announces a failed PDF and lets the user try again', async () => {
    pdf.result = Promise.reject(new Error('font missing'));
    pdf.result.catch(() => undefined);
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The PDF could not be made (font missing). Your plan is unchanged: try again, or download the Markdown.',
      ),
    );
    expect(downloads).toHaveLength(0);
    pdf.result = Promise.resolve(new Uint8Array([37, 80, 68, 70]));
    await user.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });
});
