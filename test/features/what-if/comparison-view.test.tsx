// @vitest-environment jsdom
/**
 * Comparing scenarios as a user does it, by keyboard: pin the plan as A, change an answer in the questionnaire
 * (the current answers appear beside A), add a scenario and change it here (an answer, an approach by hand), see
 * the differences marked in words, export and share the comparison. A shared comparison is read-only.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '@/domain/questions';
import type { Comparison } from '@/engine/what-if';
import { ComparisonView, ScenarioStore, type ComparisonServices } from '@/features/what-if';
import { completeAnswers } from '../../support/answers';
import { memoryStorage } from '../wizard/support/memory-storage';

const downloads = vi.hoisted(() => [] as { filename: string; data: BlobPart; type: string }[]);
vi.mock('@/components/ui/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/components/ui/download')>()),
  downloadFile: (filename: string, data: BlobPart, type: string) => downloads.push({ filename, data, type }),
}));

const today = '2026-11-23';

function services(pdfFails = false) {
  const seen: { markdown?: Comparison; pdf?: Comparison; link?: unknown[] } = {};
  const s: ComparisonServices = {
    markdown: (c) => {
      seen.markdown = c;
      return '# comparison';
    },
    pdf: async (c) => {
      seen.pdf = c;
      if (pdfFails) throw new Error('out of memory');
      return new Uint8Array([37, 80, 68, 70]);
    },
    link: (scenarios) => {
      seen.link = scenarios;
      return `https://scopewise.example/#s2.${scenarios.length}`;
    },
  };
  return { s, seen };
}

function setup(answers: Answers = completeAnswers, pdfFails = false) {
  const user = userEvent.setup();
  const store = new ScenarioStore(memoryStorage());
  const { s, seen } = services(pdfFails);
  const onOpen = vi.fn();
  const view = (current: Answers) => (
    <ComparisonView
      today={today}
      services={s}
      current={{ answers: current, notes: {} }}
      store={store}
      onOpen={onOpen}
    />
  );
  const r = render(view(answers));
  return { user, store, seen, onOpen, rerender: (a: Answers) => r.rerender(view(a)) };
}

const table = () => screen.getByRole('region', { name: /Scenarios side by side/ });
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(`^${name}`) });

describe('ComparisonView', () => {
  it('pins the plan as A, then shows the current answers beside it once they change', async () => {
    const { user, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Pin this plan as A' }));
    expect(screen.getByText(/A is pinned/)).toBeInTheDocument();
    rerender({ ...completeAnswers, budgetCeiling: 500_000, integrations: ['documents', 'crm'] });
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['A As answered', 'Now Your current answers']);
    expect(row('Build cost')).toHaveTextContent('Differs from A');
    expect(row('Answers changed from A')).toHaveTextContent(
      'Which existing systems must it connect to: Document management or intranet, CRM',
    );
    await user.click(screen.getByRole('button', { name: 'Pin your current answers as B' }));
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['A As answered', 'B Your current answers']);
  });

  it('adds a scenario from A and changes it here: an approach by hand and an answer', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Pin this plan as A' }));
    await user.click(screen.getByRole('button', { name: 'Add a scenario from A' }));
    const editor = screen.getByRole('region', { name: /^Scenario B:/ });
    expect(within(editor).getByRole('heading', { name: /^Scenario B:/ })).toHaveFocus();
    await user.clear(within(editor).getByRole('textbox', { name: 'Name' }));
    await user.type(within(editor).getByRole('textbox', { name: 'Name' }), 'Tuned by hand');
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Approach' }), 'fine-tune');
    await user.selectOptions(
      within(editor).getByRole('combobox', { name: 'Change an answer' }),
      'dailyUsers',
    );
    const users = within(editor).getByRole('spinbutton', { name: /How many people will use it/ });
    await user.clear(users);
    await user.type(users, '-5');
    await user.click(within(editor).getByRole('button', { name: 'Apply' }));
    expect(within(editor).getByRole('alert')).toHaveTextContent('must be at least 1');
    await user.clear(users);
    await user.type(users, '5000');
    await user.click(within(editor).getByRole('button', { name: 'Apply' }));
    expect(editor).toHaveTextContent('How many people will use it on a typical day: 5,000');
    await user.click(within(editor).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Edit scenario B' })).toHaveFocus();

    expect(row('Approach')).toHaveTextContent('Fine-tuning a foundation model');
    expect(row('Approach')).toHaveTextContent('Chosen by hand; the answers point to');
    expect(row('Monthly run cost')).toHaveTextContent('Differs from A');
    expect(row('Answers changed from A')).toHaveTextContent('5,000');
    expect(row('Answers changed from A')).toHaveTextContent(
      'Approach: Fine-tuning a foundation model, chosen by hand',
    );
  });

  it('exports the comparison it shows as files, and copies one link of all its scenarios', async () => {
    downloads.length = 0;
    const { user, seen, rerender } = setup();
    await user.click(screen.getByRole('button', { name: 'Pin this plan as A' }));
    rerender({ ...completeAnswers, teamSize: 6 });
    const exports = screen.getByRole('group', { name: 'Export or share the comparison' });
    await user.click(within(exports).getByRole('button', { name: 'Download comparison (Markdown)' }));
    expect(seen.markdown?.columns.map((c) => c.label)).toEqual(['A', 'Now']);
    expect(downloads[0]).toMatchObject({
      filename: expect.stringMatching(/^scopewise-comparison-policy-assistant-\d{4}-\d{2}-\d{2}\.md$/),
      data: '# comparison',
      type: 'text/markdown;charset=utf-8',
    });
    expect(within(exports).getByRole('status')).toHaveTextContent(
      `Comparison saved as ${downloads[0]!.filename}.`,
    );
    await user.click(within(exports).getByRole('button', { name: 'Download comparison (PDF)' }));
    expect(
      await within(exports).findByText(/Comparison saved as scopewise-comparison-policy-assistant-.*\.pdf/),
    ).toBeInTheDocument();
    expect(downloads[1]).toMatchObject({
      filename: expect.stringMatching(/\.pdf$/),
      type: 'application/pdf',
    });
    expect(seen.pdf?.rows.map((r) => r.id)).toContain('obligations');

    expect(seen.link?.map((s) => (s as { name: string }).name)).toEqual([
      'As answered',
      'Your current answers',
    ]);
    expect(within(exports).getByText(/Link length: \d+ characters/)).toBeInTheDocument();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(exports).getByRole('button', { name: 'Copy comparison link' }));
    expect(writeText).toHaveBeenCalledWith('https://scopewise.example/#s2.2');
    expect(within(exports).getByRole('status')).toHaveTextContent('Comparison link copied to the clipboard.');
  });

  it('shows the link to copy by hand when the clipboard refuses, and says when the PDF fails', async () => {
    const { user, rerender } = setup(completeAnswers, true);
    await user.click(screen.getByRole('button', { name: 'Pin this plan as A' }));
    rerender({ ...completeAnswers, teamSize: 6 });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('Permission denied'));
    await user.click(screen.getByRole('button', { name: 'Copy comparison link' }));
    const field = screen.getByRole('textbox', { name: 'Comparison link' });
    expect(field).toHaveValue('https://scopewise.example/#s2.2');
    expect(field).toHaveFocus();
    expect(screen.getByText(/copy it with Ctrl\+C/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download comparison (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The PDF could not be made (out of memory). The Markdown has the same comparison.',
    );
  });

  it('opens a scenario in the questionnaire, makes another one A, and removes one', async () => {
    const { user, onOpen, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Pin this plan as A' }));
    await user.click(screen.getByRole('button', { name: 'Add a scenario from A' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Open scenario B in the questionnaire' }));
    expect(onOpen).toHaveBeenCalledWith(completeAnswers);
    await user.click(
      screen.getByRole('button', { name: 'Make scenario B the one others are compared with' }),
    );
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Scenario B', 'As answered']);
    await user.click(screen.getByRole('button', { name: 'Remove scenario B' }));
    expect(store.getState().scenarios.map((s) => s.name)).toEqual(['Scenario B']);
    expect(screen.getByRole('heading', { name: 'Compare scenarios' })).toHaveFocus();
  });

  it('shows a shared comparison read-only', () => {
    const { s } = services();
    render(
      <ComparisonView
        today={today}
        services={s}
        shared={[
          { name: 'As answered', answers: completeAnswers },
          { name: 'RAG by hand', answers: completeAnswers, forceApproach: 'fine-tune' },
        ]}
      />,
    );
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['A As answered', 'B RAG by hand']);
    expect(screen.queryByRole('button', { name: /Pin|Edit|Remove|Add a scenario/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download comparison (Markdown)' })).toBeInTheDocument();
  });
});
