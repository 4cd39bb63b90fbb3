// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LivePreview } from '@/features/results';
import { claimsPlan } from '../../support/plan-fixture';

const liveRegion = () => document.querySelector('[aria-live="polite"]')!;

describe('LivePreview', () => {
  it('shows the approach, timeline and costs as they stand', () => {
    render(<LivePreview plan={claimsPlan()} basedOn={{ given: 15, assumed: 28 }} />);
    expect(screen.getByRole('region', { name: 'Your plan so far' })).toBeInTheDocument();
    expect(screen.getByText('Retrieval-augmented generation (RAG)')).toBeInTheDocument();
    expect(screen.getByText('4–8 weeks', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('$15k–60k', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('$2k–10k')).toBeInTheDocument();
    // What it rests on: the user's answers and the defaults assumed.
    expect(
      screen.getByText(
        'Based on 15 answers of yours; 28 more are assumed until you answer, and listed in the plan.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Blockers').nextElementSibling).toHaveTextContent('1');
  });

  it('collapses behind a labelled disclosure button', async () => {
    const user = userEvent.setup();
    render(<LivePreview plan={claimsPlan()} basedOn={{ given: 44, assumed: 0 }} />);
    const toggle = screen.getByRole('button', { name: 'Show preview' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const body = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(body).toHaveAttribute('data-open', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide preview');
    expect(body).toHaveAttribute('data-open', 'true');
    expect(screen.getByText('Based on 44 answers of yours.')).toBeInTheDocument();
  });

  describe('announcements', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('stays quiet on first render and when the headline does not change', () => {
      const plan = claimsPlan();
      const { rerender } = render(<LivePreview plan={plan} basedOn={{ given: 15, assumed: 28 }} />);
      rerender(<LivePreview plan={claimsPlan({ assumptions: [] })} basedOn={{ given: 16, assumed: 27 }} />);
      act(() => vi.advanceTimersByTime(2000));
      expect(liveRegion()).toHaveTextContent('');
    });

    it('announces a headline change once it settles, not on every update', () => {
      const plan = claimsPlan();
      const { rerender } = render(<LivePreview plan={plan} basedOn={{ given: 15, assumed: 28 }} />);
      const next = (weeks: [number, number]) =>
        claimsPlan({ headline: { ...plan.headline, timelineWeeks: weeks } });
      rerender(<LivePreview plan={next([5, 9])} basedOn={{ given: 16, assumed: 27 }} />);
      act(() => vi.advanceTimersByTime(300));
      rerender(<LivePreview plan={next([6, 10])} basedOn={{ given: 16, assumed: 27 }} />);
      act(() => vi.advanceTimersByTime(300));
      expect(liveRegion()).toHaveTextContent('');
      act(() => vi.advanceTimersByTime(1000));
      expect(liveRegion()).toHaveTextContent(
        'Plan updated: Retrieval-augmented generation (RAG); 6–10 weeks;',
      );
      expect(liveRegion()).not.toHaveTextContent('5–9 weeks');
    });
  });
});
