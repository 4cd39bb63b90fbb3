// @vitest-environment jsdom
// Its own file: printing is sticky for the page's lifetime, so it must not leak into other component tests.
import { act, render } from '@testing-library/react';
import { PlanView } from '@/features/results';
import { claimsAnswers, claimsPlan } from '../../support/plan-fixture';

vi.mock('@/features/results/charts/plan-charts', () => ({
  default: ({ kind }: { kind: string }) => <svg data-testid={`chart-${kind}`} aria-hidden="true" />,
}));

describe('printing the results page', () => {
  it('opens every section and renders every "Why?" body when the page is about to print', () => {
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    // On screen the sections are closed, so their explanations are not in the page at all.
    expect(container.querySelector('details.sw-why')).toBeNull();
    expect(container.querySelectorAll('.sw-section__body[hidden]').length).toBeGreaterThan(5);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelector('.sw-section__body[hidden]')).toBeNull();
    const disclosures = container.querySelectorAll('details.sw-why').length;
    expect(disclosures).toBeGreaterThan(10);
    expect(container.querySelectorAll('.sw-why__body')).toHaveLength(disclosures);
    expect(container.querySelector('details.sw-why[open]')).toBeNull();
    // The summary's own explanations stay out: it prints as one page.
    expect(container.querySelector('.sw-summary .sw-why__body')).toBeNull();
  });
});
