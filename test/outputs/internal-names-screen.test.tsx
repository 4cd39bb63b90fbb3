// @vitest-environment jsdom
/**
 * Issue 14, item 2, on screen: every example's results page, every section open and every "Why?" rendered (as for
 * printing), names no rule and no fact; with the technical trace turned on it does.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { evaluate } from '@/engine';
import { PlanView } from '@/features/results';
import { exampleFiles, loadExample } from '../engine/support';
import { findInternalNames, internalNames, pageText } from '../support/internal-names';

vi.mock('@/features/results/charts/plan-charts', () => ({ default: () => <svg aria-hidden="true" /> }));

const today = '2026-12-01';
const examples = exampleFiles.map((name) => {
  const answers = loadExample(name);
  return { name, answers, plan: evaluate(answers, { today }) };
});
const names = internalNames(examples.map((e) => e.plan));

describe('internal names on the results page', () => {
  it.each(examples)(
    '$name: none, with every section open and every explanation shown',
    async ({ plan, answers }) => {
      const user = userEvent.setup();
      const { container, unmount } = render(<PlanView plan={plan} answers={answers} />);
      // What the page prints is everything the page can show: every section and every "Why?" body.
      act(() => void window.dispatchEvent(new Event('beforeprint')));
      // The summary's own explanations are opened by hand.
      for (const button of screen.getAllByRole('button', { name: /^Why\?/ })) await user.click(button);
      expect(container.querySelectorAll('.sw-why__body').length).toBeGreaterThan(40);
      expect(findInternalNames(pageText(container), names)).toEqual([]);
      // Turned on, the technical trace shows them: the scan would have found them.
      await user.click(screen.getByRole('checkbox', { name: /technical trace/ }));
      expect(findInternalNames(pageText(container), names).length).toBeGreaterThan(plan.trace.length);
      unmount();
    },
  );
});
