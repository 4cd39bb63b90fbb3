// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Answers } from '@/domain/questions';
import { encodeShareFragment, SharedPlanView } from '@/features/share';
import { typicalAnswers } from './sample-answers';

const DRAFT_KEY = 'scopewise.draft.v1';
const storedDraft = JSON.stringify({
  version: 1,
  answers: { projectName: 'Mine' },
  step: 'review',
  savedAt: 'x',
});
const link = `#${encodeShareFragment(typicalAnswers)}`;

function setup(fragment: string, renderPlan = (a: Answers) => <p>Plan for {String(a.projectName)}</p>) {
  const props = {
    fragment,
    renderPlan: vi.fn(renderPlan),
    onEditCopy: vi.fn(),
    onImport: vi.fn(),
    onLeave: vi.fn(),
    onStartNew: vi.fn(),
  };
  render(<SharedPlanView {...props} />);
  return { user: userEvent.setup(), ...props };
}

describe('SharedPlanView', () => {
  let writes: ReturnType<typeof vi.spyOn>[];
  beforeEach(() => {
    localStorage.setItem(DRAFT_KEY, storedDraft);
    writes = [
      vi.spyOn(Storage.prototype, 'setItem'),
      vi.spyOn(Storage.prototype, 'removeItem'),
      vi.spyOn(Storage.prototype, 'clear'),
    ];
  });
  afterEach(() => {
    for (const w of writes) expect(w).not.toHaveBeenCalled();
    expect(localStorage.getItem(DRAFT_KEY)).toBe(storedDraft);
    vi.restoreAllMocks();
  });

  it('shows the shared plan read-only, focused on its heading, with explicit ways to keep it', async () => {
    const { user, renderPlan, onEditCopy, onImport, onLeave } = setup(link);

    const heading = screen.getByRole('heading', { name: 'You are viewing a shared plan' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/nothing has been saved/i)).toBeInTheDocument();
    expect(screen.getByText('Plan for Claims summary assistant')).toBeInTheDocument();
    // An answers-only link carries nothing else (no notes, ruleset or scenarios).
    expect(renderPlan).toHaveBeenCalledWith(typicalAnswers, {});

    await user.click(screen.getByRole('button', { name: 'Edit a copy' }));
    expect(onEditCopy).toHaveBeenCalledWith(typicalAnswers, {});
    await user.click(screen.getByRole('button', { name: 'Import into my draft' }));
    expect(onImport).toHaveBeenCalledWith(typicalAnswers, {});
    await user.click(screen.getByRole('button', { name: 'Back to my draft' }));
    expect(onLeave).toHaveBeenCalledOnce();
  });

  it('says when an old link was brought up to date', () => {
    const golden = JSON.parse(
      readFileSync(resolve(__dirname, '../../fixtures/share-links/v0-prototype.json'), 'utf8'),
    ) as { link: string };
    setup(golden.link);
    expect(screen.getByText(/made by an earlier version of Scopewise/i)).toBeInTheDocument();
  });

  const tampered = link.slice(0, 40) + (link[40] === 'A' ? 'B' : 'A') + link.slice(41);
  it.each([
    ['an altered link', tampered, 'This link is incomplete or was altered'],
    ['a truncated link', link.slice(0, -10), 'This link is incomplete or was altered'],
    ['a newer link', `#s3.${link.slice(4)}`, 'This link was made by a newer version of Scopewise'],
    ['an oversized link', `#s1.${'A'.repeat(9000)}`, 'This link is too large to open'],
    ['a foreign fragment', '#hello', 'This is not a Scopewise link'],
  ])('explains %s and offers ways on', async (_, fragment, title) => {
    const { user, renderPlan, onLeave, onStartNew, onImport, onEditCopy } = setup(fragment);

    expect(screen.getByRole('heading', { name: title })).toHaveFocus();
    expect(screen.getByText(/your draft is as you left it/i)).toBeInTheDocument();
    expect(renderPlan).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Import into my draft' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back to my draft' }));
    await user.click(screen.getByRole('button', { name: 'Start a new plan' }));
    expect(onLeave).toHaveBeenCalledOnce();
    expect(onStartNew).toHaveBeenCalledOnce();
    expect(onImport).not.toHaveBeenCalled();
    expect(onEditCopy).not.toHaveBeenCalled();
  });

  it('keeps the page and its ways out when the plan itself fails to render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user, onLeave } = setup(link, () => {
      throw new Error('engine failure');
    });
    expect(screen.getByRole('alert')).toHaveTextContent(/could not be shown/);
    expect(screen.getByRole('heading', { name: 'You are viewing a shared plan' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Back to my draft' })[1]!);
    expect(onLeave).toHaveBeenCalledOnce();
  });
});
