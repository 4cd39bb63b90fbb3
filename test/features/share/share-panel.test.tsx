// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { questions, type Answers } from '@/domain/questions';
import { buildShareUrl, decodeShareFragment, encodeShareFragment, SharePanel } from '@/features/share';
import { RULESET_VERSION } from '@/engine/version';
import { agenticHealthAnswers, typicalAnswers } from './sample-answers';

const base = 'https://scopewise.example/app/';
// The app's links name the ruleset of the plan the sender saw (format.md, extension type 3).
const expectedLink = buildShareUrl(
  base,
  encodeShareFragment(typicalAnswers, { rulesetVersion: RULESET_VERSION }),
);

describe('SharePanel', () => {
  it('copies the link, confirms it aloud and says who can read it', async () => {
    const user = userEvent.setup();
    render(<SharePanel answers={typicalAnswers} baseHref={`${base}#results`} />);

    expect(screen.getByRole('heading', { name: 'Share this plan' })).toBeInTheDocument();
    expect(screen.getByText(/anyone with the link can read your answers/i)).toBeInTheDocument();
    expect(screen.getByText(`Link length: ${expectedLink.length} characters`)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');

    await user.click(screen.getByRole('button', { name: 'Copy share link' }));

    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(expectedLink);
    expect(decodeShareFragment(new URL(copied).hash)).toMatchObject({ ok: true, answers: typicalAnswers });
    expect(screen.getByRole('status')).toHaveTextContent('Link copied to the clipboard.');
    expect(screen.queryByRole('textbox', { name: 'Share link' })).not.toBeInTheDocument();
  });

  it('falls back to a selected read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<SharePanel answers={typicalAnswers} baseHref={base} />);

    await user.click(screen.getByRole('button', { name: 'Copy share link' }));

    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Share link' });
    expect(field).toHaveValue(expectedLink);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, expectedLink.length]);
    expect(screen.getByRole('status')).toHaveTextContent(/copy it with Ctrl\+C/);
  });

  it('warns about a link over 2,000 characters and offers the answers file', async () => {
    const user = userEvent.setup();
    const long: Answers = { ...agenticHealthAnswers };
    for (const q of questions)
      if (q.kind === 'text')
        long[q.id] = Array.from({ length: q.maxLength }, (_, i) =>
          String.fromCharCode(0x4e00 + ((i * 7919) % 20000)),
        ).join('');
    const onDownloadAnswers = vi.fn();
    render(<SharePanel answers={long} baseHref={base} onDownloadAnswers={onDownloadAnswers} />);

    expect(
      screen.getByText(/some mail and chat apps break links longer than 2,000 characters/i),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download answers file (.json)' }));
    expect(onDownloadAnswers).toHaveBeenCalledOnce();
    // still shareable: the warning informs, it does not block
    expect(screen.getByRole('button', { name: 'Copy share link' })).toBeEnabled();
  });

  it('shows no warning for an ordinary plan', () => {
    render(<SharePanel answers={typicalAnswers} baseHref={base} onDownloadAnswers={() => {}} />);
    expect(screen.queryByRole('button', { name: /download answers file/i })).not.toBeInTheDocument();
  });

  it('offers no link for answers that are not valid yet', () => {
    render(<SharePanel answers={{ ...typicalAnswers, teamSize: -4 }} baseHref={base} />);
    expect(screen.queryByRole('button', { name: 'Copy share link' })).not.toBeInTheDocument();
    expect(screen.getByText(/once every required question has a valid answer/i)).toBeInTheDocument();
  });
});
