// @vitest-environment jsdom
/**
 * Notes on answers where they are read (the results page, a shared plan) and written (the review page): plain
 * text whatever they hold; and the note a plan made with an earlier ruleset opens with.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parseAnswersFile } from '@/domain/answers';
import { cleanNote } from '@/domain/notes';
import { evaluate, RULESET_VERSION } from '@/engine';
import { AnswerNotes, RulesetChanges } from '@/features/what-if';
import { loadValidation, WizardActor, WizardView } from '@/features/wizard';
import { hostileStrings } from '../../fixtures/hostile-strings';
import { completeAnswers } from '../../support/answers';

describe('notes on answers, read', () => {
  it.each(hostileStrings)('shows a note holding $name as text, never as markup', ({ value }) => {
    const { container } = render(<AnswerNotes notes={{ teamSize: value }} answers={completeAnswers} />);
    const note = cleanNote(value);
    if (!note) return expect(container).toBeEmptyDOMElement();
    expect(container.querySelectorAll('script, img, svg, iframe, style, a')).toHaveLength(0);
    expect(container.querySelector('dd')?.textContent).toBe(note);
  });

  it('lists only notes on answers the plan has, with the answer beside its question', () => {
    render(
      <AnswerNotes
        notes={{ teamSize: 'Three, says the CTO', agentCount: 'not asked here' }}
        answers={completeAnswers}
      />,
    );
    const list = screen.getByRole('region', { name: 'Notes on the answers' });
    expect(list).toHaveTextContent('How many engineers can work on this project?');
    expect(list).toHaveTextContent('3 engineers');
    expect(list).toHaveTextContent('Three, says the CTO');
    expect(list).not.toHaveTextContent('not asked here');
  });
});

describe('notes on answers, written on the review page', () => {
  it('adds a note by keyboard, keeps it in the draft and shows it as text', async () => {
    await loadValidation();
    const user = userEvent.setup();
    let actor: ReturnType<typeof WizardActor.useActorRef> | undefined;
    function Spy() {
      actor = WizardActor.useActorRef();
      return null;
    }
    render(
      <WizardActor.Provider options={{ input: { answers: completeAnswers, step: 'review' } }}>
        <Spy />
        <WizardView />
      </WizardActor.Provider>,
    );
    // The review is loaded on demand.
    const add = await screen.findByRole('button', {
      name: 'Add a note on: How many engineers can work on this project?',
    });
    add.focus();
    await user.keyboard('{Enter}');
    const field = screen.getByRole('textbox', {
      name: 'Note on “How many engineers can work on this project?”',
    });
    expect(field).toHaveFocus();
    await user.keyboard('<img src=x onerror=alert(1)> confirmed by Ana');
    expect(actor!.getSnapshot().context.notes).toEqual({
      teamSize: '<img src=x onerror=alert(1)> confirmed by Ana',
    });
    await user.click(screen.getByRole('button', { name: 'Done' }));
    const row = screen.getByText('<img src=x onerror=alert(1)> confirmed by Ana', { exact: false });
    expect(row.closest('dd')?.querySelector('img')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Edit the note on: How many engineers can work on this project?' }),
    ).toBeInTheDocument();
  });
});

describe('a plan made with an earlier ruleset', () => {
  const old = JSON.parse(readFileSync('test/fixtures/rulesets/plans-2026.11.1.json', 'utf8')).plans[4];
  const parsed = parseAnswersFile(
    JSON.stringify({ format: 'scopewise-answers', schemaVersion: 1, answers: old.answers }),
  );
  if (!parsed.ok) throw new Error('fixture');
  const answers = parsed.value.answers;
  const plan = evaluate(answers, { today: '2026-11-23' });

  it('lists what changed in it since, from the archived ruleset', async () => {
    render(<RulesetChanges madeWith="2026.11.1" answers={answers} plan={plan} today="2026-11-23" />);
    const note = screen.getByRole('region', {
      name: `Made with ruleset 2026.11.1; this plan uses ${RULESET_VERSION}`,
    });
    await waitFor(() => expect(within(note).getByText(/What changed in the plan since/)).toBeInTheDocument());
    expect(note).toHaveTextContent(/Obligations:/);
  });

  it('names a version it does not have instead of guessing', async () => {
    render(<RulesetChanges madeWith="2099.1.1" answers={answers} plan={plan} today="2026-11-23" />);
    expect(await screen.findByText(/cannot say what differs/)).toBeInTheDocument();
  });

  it('says nothing for today’s ruleset', () => {
    const { container } = render(
      <RulesetChanges madeWith={RULESET_VERSION} answers={answers} plan={plan} today="2026-11-23" />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
