// @vitest-environment jsdom
// Its own file: printing is sticky for the page's lifetime, so it must not leak into other component tests.
import { act, render } from '@testing-library/react';
import { PlanView } from '@/features/results';
import { claimsAnswers, claimsPlan } from '../../support/plan-fixture';

vi.mock('@/features/results/charts/plan-charts', () => ({
  default: ({ kind }: { kind: string }) => <svg data-testid={`chart-${kind}`} aria-hidden="true" />,
}));

describe('printing the results page', () => {
  it('renders every "Why?" body when the page is about to print, without opening the disclosures', () => {
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    const disclosures = container.querySelectorAll('details.sw-why').length;
    expect(container.querySelector('.sw-why__body')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(container.querySelectorAll('.sw-why__body')).toHaveLength(disclosures);
    expect(container.querySelector('details.sw-why[open]')).toBeNull();
  });
});
