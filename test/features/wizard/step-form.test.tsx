// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { wizardMachine, type WizardInput } from '@/features/wizard/machine';
import { loadValidation, WizardActor, WizardView } from '@/features/wizard';
import { completeAnswers } from '../../support/answers';

function renderWizard(input: WizardInput = {}) {
  const user = userEvent.setup();
  let actor: ReturnType<typeof createActor<typeof wizardMachine>> | undefined;
  function Spy() {
    actor = WizardActor.useActorRef() as never;
    return null;
  }
  render(
    <WizardActor.Provider options={{ input }}>
      <Spy />
      <WizardView />
    </WizardActor.Provider>,
  );
  return { user, actor: () => actor! };
}

describe('step forms', () => {
  it('moves focus to the step heading and names every step in the progress indicator', () => {
    renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Context' })).toHaveFocus();
    const nav = screen.getByRole('navigation', { name: 'Progress' });
    for (const name of ['Context', 'Use case', 'Data readiness', 'Compliance', 'Approach', 'Review'])
      expect(within(nav).getByRole('button', { name: new RegExp(name) })).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: /Context/ })).toHaveAttribute('aria-current', 'step');
    // The first step has nowhere to go back to.
    expect(screen.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();
  });

  it('blocks Next with an announced summary of every missing answer, then proceeds when fixed', async () => {
    // Validation arrives in its own chunk; loaded first, so the test is about the summary, not the chunk.
    await loadValidation();
    const { user, actor } = renderWizard({
      answers: { ...completeAnswers, industry: undefined, projectName: undefined },
    });
    await user.click(screen.getByRole('button', { name: 'Next: Team, budget and date' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveFocus();
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Project name: Please answer this question.',
      'Which industry does the project serve?: Please choose an answer.',
    ]);
    expect(actor().getSnapshot().value).toBe('context');
    await user.click(within(alert).getAllByRole('link')[1]!);
    await user.click(screen.getByRole('radio', { name: 'Insurance' }));
    await user.type(screen.getByLabelText(/Project name/), 'Claims');
    await user.click(screen.getByRole('button', { name: 'Next: Team, budget and date' }));
    await expect.poll(() => actor().getSnapshot().value).toBe('context-2');
  });

  it('rejects absurd numbers with the allowed range and keeps the raw text', async () => {
    const { user, actor } = renderWizard({ step: 'context-2' });
    const field = screen.getByLabelText(/How many engineers can work on this project\?/);
    await user.type(field, '100000');
    await user.tab();
    expect(await screen.findByText('Must be at most 500.')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(actor().getSnapshot().context.pending.teamSize).toBe('100000');
    expect(actor().getSnapshot().context.answers.teamSize).toBeUndefined();
    await user.clear(field);
    await user.type(field, '4');
    expect(screen.queryByText('Must be at most 500.')).not.toBeInTheDocument();
    await expect.poll(() => actor().getSnapshot().context.answers.teamSize).toBe(4);
  });

  it('keeps HTML and Markdown typed into free text as plain text', async () => {
    const { user, actor } = renderWizard();
    const hostile = '<img src=x onerror=alert(1)> **bold** # Heading';
    await user.type(screen.getByLabelText(/Project name/), hostile);
    // The answer reaches the machine just after the frame that shows it.
    await expect.poll(() => actor().getSnapshot().context.answers.projectName).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByLabelText(/Project name/)).toHaveValue(hostile);
  });

  it.each(['pagehide', 'visibilitychange', 'blur'])(
    'has every typed character in the machine (and so in the draft) by the time %s has been handled',
    async (type) => {
      const { user, actor } = renderWizard();
      await loadValidation();
      await user.type(screen.getByLabelText(/Project name/), 'Claims triage');
      (type === 'visibilitychange' ? document : window).dispatchEvent(new Event(type));
      expect(actor().getSnapshot().context.answers.projectName).toBe('Claims triage');
    },
  );

  it('can be answered with the keyboard alone: radio groups, checkboxes and exclusive "none"', async () => {
    const { user, actor } = renderWizard({ answers: completeAnswers, step: 'useCase-2' });
    const group = screen.getByRole('group', { name: /Do outputs feed any of these decisions\?/ });
    const legal = within(group).getByRole('checkbox', { name: 'Legal' });
    legal.focus();
    await user.keyboard(' ');
    await expect.poll(() => actor().getSnapshot().context.answers.highStakes).toEqual(['legal']);
    within(group).getByRole('checkbox', { name: 'None of these' }).focus();
    await user.keyboard(' ');
    await expect.poll(() => actor().getSnapshot().context.answers.highStakes).toEqual(['none']);
  });

  it('asks about the agent on a page of its own once an agent is chosen, and sets it aside when not', async () => {
    await loadValidation();
    const { user, actor } = renderWizard({ answers: completeAnswers, step: 'useCase-3' });
    expect(screen.getByRole('button', { name: 'Next: Data readiness' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'An agent that plans and uses tools' }));
    await user.click(await screen.findByRole('button', { name: 'Next: The agent' }));
    const count = await screen.findByRole('group', { name: /How many agents/ });
    await user.click(within(count).getByRole('radio', { name: 'One agent' }));
    await expect.poll(() => actor().getSnapshot().context.answers.agentCount).toBe('one');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(await screen.findByRole('radio', { name: 'One generation per request' }));
    expect(await screen.findByRole('status')).toHaveTextContent('How many agents will work together?');
    expect(screen.getByRole('button', { name: 'Next: Data readiness' })).toBeInTheDocument();
    expect(actor().getSnapshot().context.answers.agentCount).toBe('one');
  });

  it('lists every answer on the review with an edit action that returns to the review', async () => {
    const { user, actor } = renderWizard({ answers: completeAnswers, step: 'review' });
    expect(await screen.findByRole('heading', { name: 'Review your answers' })).toHaveFocus();
    await user.click(
      screen.getByRole('button', { name: 'Edit: Overall, how clean is the data the project depends on?' }),
    );
    expect(actor().getSnapshot().value).toBe('data-2');
    expect(screen.getByRole('radio', { name: 'Clean and consistent' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Clean and consistent' }));
    await user.click(screen.getByRole('button', { name: 'Save and return to review' }));
    expect(actor().getSnapshot().value).toBe('review');
    expect(screen.getByText('Clean and consistent')).toBeInTheDocument();
  });

  it('keeps the review, and stresses what is missing, when the plan cannot be shown yet', async () => {
    const { user, actor } = renderWizard({
      answers: { ...completeAnswers, industry: undefined },
      step: 'review',
    });
    const notice = (await screen.findByRole('heading', { name: /One answer is still needed/ }))
      .parentElement!;
    expect(notice).not.toHaveAttribute('role', 'alert');
    await user.click(screen.getByRole('button', { name: 'See the plan' }));
    expect(actor().getSnapshot().value).toBe('review');
    expect(notice).toHaveAttribute('role', 'alert');
    await user.click(within(notice).getByRole('button', { name: 'Which industry does the project serve?' }));
    expect(actor().getSnapshot().value).toBe('context');
    expect(screen.getByRole('button', { name: 'Save and return to review' })).toBeInTheDocument();
  });
});

describe('"not sure" answers', () => {
  it('answers a number "not sure yet", and gives the typed figure back when the box is unticked', async () => {
    await loadValidation();
    const { user, actor } = renderWizard({
      answers: { ...completeAnswers, teamSize: undefined },
      step: 'context-2',
    });
    const input = screen.getByLabelText(/How many engineers can work on this project\?/);
    await user.type(input, '7');
    const unsure = within(input.closest('[data-question]') as HTMLElement).getByRole('checkbox', {
      name: 'Not sure yet',
    });
    await user.click(unsure);
    expect(input).toBeDisabled();
    expect(input).toHaveValue('');
    await expect.poll(() => actor().getSnapshot().context.answers.teamSize).toBe('unsure');
    await user.click(unsure);
    expect(input).toBeEnabled();
    expect(input).toHaveValue('7');
    await expect.poll(() => actor().getSnapshot().context.answers.teamSize).toBe(7);
  });
});
