import { render, screen } from '@testing-library/react';
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
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Policy assistant' })).toBeInTheDocument();
  });
});
