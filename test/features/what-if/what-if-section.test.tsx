// @vitest-environment jsdom
/**
 * The what-if sections as a reader meets them: progress while the analysis runs, then the decisive answers under
 * the approach, the hosting and each blocker, each with what it leads to and a way to compare it; the answers
 * that move each figure, in a table the chart only decorates; everything reachable by keyboard.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import type { Answers } from '@/domain/questions';
import { evaluate } from '@/engine';
import { analyseWhatIf } from '@/engine/what-if';
import { WhatIfSection } from '@/features/what-if';

const answers = JSON.parse(readFileSync('examples/marketing-content-prompting.json', 'utf8'))
  .answers as Answers;
const today = '2026-11-23';
const plan = evaluate(answers, { today });
const analysis = analyseWhatIf(answers, { today });

describe('WhatIfSection', () => {
  it('says it is working until the analysis is complete', () => {
    render(
      <WhatIfSection plan={plan} answers={answers} analysis={undefined} progress={{ done: 3, total: 80 }} />,
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('3 of 80 answers examined');
    expect(screen.queryByRole('button', { name: /Compare/ })).not.toBeInTheDocument();
  });

  it('lists what decides the approach, the hosting and each blocker, by question', () => {
    render(
      <WhatIfSection plan={plan} answers={answers} analysis={analysis} progress={{ done: 1, total: 1 }} />,
    );
    const decides = screen.getByRole('region', { name: 'What decides this plan' });
    expect(
      within(decides).getByRole('heading', { name: /^The approach: Prompt engineering/ }),
    ).toBeInTheDocument();
    expect(
      within(decides).getByRole('heading', { name: /^The hosting: Public model API/ }),
    ).toBeInTheDocument();
    expect(
      within(decides).getByRole('heading', { name: /^Blocker: Your build budget of \$30,000/ }),
    ).toBeInTheDocument();
    // What decided it is said once, in the decision summary above.
    expect(decides).not.toHaveTextContent('Decided by');
    expect(decides).toHaveTextContent('39,800 USD or more → clears it');
    expect(decides).toHaveTextContent(/Healthcare and life sciences → Retrieval-augmented generation/);
    expect(decides).toHaveTextContent(/Also raises 2 blockers/);
    // Every decisive answer the engine found is shown (a blocker's may show under each blocker it clears).
    expect(decides.querySelectorAll('dd').length).toBeGreaterThanOrEqual(analysis.decisive.length);
  });

  it('tries a decisive answer as a scenario with the value that flips it', async () => {
    const user = userEvent.setup();
    const onTry = vi.fn();
    render(
      <WhatIfSection
        plan={plan}
        answers={answers}
        analysis={analysis}
        progress={{ done: 1, total: 1 }}
        onTry={onTry}
      />,
    );
    await user.click(
      screen.getByRole('button', {
        name: 'Compare: What is the most you can spend to build it (USD)? 39,800 USD or more',
      }),
    );
    // Named within a scenario name's 60 characters, the question shortened so the value stays whole.
    expect(onTry).toHaveBeenCalledWith(
      { budgetCeiling: 39800 },
      'What is the most you can spend to build…: 39,800 USD or more',
    );
  });

  it('tabulates the answers that move each figure, switched by keyboard', async () => {
    const user = userEvent.setup();
    render(
      <WhatIfSection plan={plan} answers={answers} analysis={analysis} progress={{ done: 1, total: 1 }} />,
    );
    const moves = screen.getByRole('region', { name: 'What moves the figures most' });
    const build = within(moves).getByRole('table', { name: /Build cost: the \d+ answers that move it most/ });
    const rows = within(build).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(Math.min(8, analysis.sensitivity.rows.build.length));
    expect(rows[0]).toHaveTextContent(analysis.sensitivity.rows.build[0]!.label);

    within(moves).getByRole('radio', { name: 'Build cost' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(moves).getByRole('radio', { name: 'Monthly run cost' })).toBeChecked();
    const monthly = within(moves).getByRole('table', { name: /Monthly run cost/ });
    expect(within(monthly).getAllByRole('row')[1]).toHaveTextContent(
      analysis.sensitivity.rows.monthly[0]!.label,
    );
    expect(monthly).toHaveTextContent('a month');
  });

  it('offers no way to change anything on a read-only plan', () => {
    render(
      <WhatIfSection plan={plan} answers={answers} analysis={analysis} progress={{ done: 1, total: 1 }} />,
    );
    expect(screen.queryByRole('button', { name: /^Compare/ })).not.toBeInTheDocument();
  });
});
