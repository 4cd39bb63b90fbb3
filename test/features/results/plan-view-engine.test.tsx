// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseAnswersFile } from '@/domain/answers';
import { formatMoneyRange, formatWeeksRange } from '@/domain/format';
import { evaluate } from '@/engine';
import { PlanView } from '@/features/results';
import { completeAnswers } from '../../support/answers';

vi.mock('@/features/results/charts/plan-charts', () => ({ default: () => <svg aria-hidden="true" /> }));

describe('PlanView with the engine', () => {
  it('renders every section for the engine plan of a complete answer set', () => {
    render(<PlanView plan={evaluate(completeAnswers)} answers={completeAnswers} />);
    for (const name of [
      'Approach',
      'Model and hosting',
      'Components',
      'Timeline',
      'Costs',
      'Readiness',
      'Risks',
      'Compliance obligations',
      'Evaluation and governance',
      'Success metrics',
      'Next steps',
      'Assumptions',
    ])
      expect(screen.getByRole('region', { name: new RegExp(`^${name}\\W`) })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Policy assistant' })).toBeInTheDocument();
  });

  const dir = join(process.cwd(), 'examples');
  // A few examples that stress the page (the longest plan, a parallel phase, EU obligations), not all ten:
  // rendering a full plan in jsdom takes seconds and the CI machine is shared.
  const chosen = ['healthcare-diagnostic.json', 'fintech-agent.json', 'eu-hr-screening.json'];
  it.each(chosen)('renders the plan of examples/%s', async (file) => {
    const user = userEvent.setup();
    const parsed = parseAnswersFile(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const answers = parsed.value.answers;
    const plan = evaluate(answers);
    const { container } = render(<PlanView plan={plan} answers={answers} />);
    const summary = within(screen.getByRole('region', { name: 'Decision summary' }));
    expect(container.querySelector('.sw-summary__choice')).toHaveTextContent(plan.headline.approachLabel);
    expect(summary.getByRole('heading', { name: 'Next steps' })).toBeInTheDocument();
    const figures = within(container.querySelector('.sw-figures') as HTMLElement);
    expect(figures.getByText(formatWeeksRange(plan.headline.timelineWeeks))).toBeInTheDocument();
    expect(
      figures.getByText(formatMoneyRange(plan.headline.buildCost, plan.costs.currencySymbol)),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open all sections' }));
    // One phase row per phase, and every blocker the plan reports is on the page.
    expect(within(screen.getByRole('table', { name: /Phases/ })).getAllByRole('row')).toHaveLength(
      plan.timeline.phases.length + 1,
    );
    for (const w of plan.warnings)
      expect(screen.getAllByText(w.message, { selector: 'p, strong' }).length).toBeGreaterThan(0);
  });
});
