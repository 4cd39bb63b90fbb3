// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanView } from '@/features/results';
import { claimsAnswers, claimsPlan } from '../../support/plan-fixture';

// Real recharts is covered in plan-charts.test.tsx with fixed sizes; here the lazy module is a stub so component
// tests never depend on layout measurement in jsdom.
vi.mock('@/features/results/charts/plan-charts', () => ({
  default: ({ kind }: { kind: string }) => <svg data-testid={`chart-${kind}`} aria-hidden="true" />,
}));

/** Opens a collapsed section by its toggle, as a reader would. */
const openSection = async (user: ReturnType<typeof userEvent.setup>, name: string) =>
  user.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
const openAll = async (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Open all sections' }));

const figure = (term: string): string => {
  const dt = screen.getAllByText(term, { selector: 'dt' })[0]!;
  return dt.nextElementSibling?.textContent ?? '';
};

describe('PlanView', () => {
  it('leads with the decision summary: approach and what decided it, then the figures', () => {
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Claims summary assistant' })).toBeInTheDocument();
    const summary = within(screen.getByRole('region', { name: 'Decision summary' }));
    expect(summary.getByText(/^Retrieval-augmented generation \(RAG\)/, { selector: 'p' })).toBeVisible();
    expect(summary.getByText(/Decided by:/).parentElement).toHaveTextContent(
      'Decided by: Must answers use up-to-date or proprietary facts the model was not trained on? Yes',
    );
    expect(figure('Timeline')).toBe('4–8 weeks');
    expect(figure('Build cost')).toBe('$15k–60k');
    expect(figure('Monthly run cost')).toBe('$2k–10k');
    // The rest of the plan waits, collapsed, with a count.
    expect(screen.getByRole('button', { name: /^Readiness\W+58\/100$/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('shows blockers, then the top risks, the gates before launch and the next steps', () => {
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    const blockers = screen.getByRole('heading', { name: 'Blockers to resolve first (1)' });
    const risks = screen.getByRole('heading', { name: 'Top risks' });
    expect(blockers.compareDocumentPosition(risks) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByText('No data-processing agreement with the model provider.', { selector: 'strong' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Must do before launch' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Next steps' })).toBeVisible();
  });

  it('has no blocker box when nothing blocks', () => {
    render(<PlanView plan={claimsPlan({ warnings: [] })} answers={claimsAnswers} />);
    expect(screen.queryByRole('heading', { name: /Blockers to resolve/ })).not.toBeInTheDocument();
    expect(screen.getByText(/nothing has to be settled before work can start/)).toBeVisible();
  });

  it('opens a "Why?" with the rule, the triggering answer in words and a readable source', async () => {
    const user = userEvent.setup();
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openSection(user, 'Approach');
    const approach = screen.getByRole('region', { name: /^Approach/ });
    // The approach's own disclosure comes before those of its alternatives.
    const summary = within(approach).getAllByText('Why?', { selector: 'summary' })[0]!;
    expect(summary).toHaveTextContent('Why? Retrieval-augmented generation (RAG)');
    const details = summary.closest('details')!;
    expect(details).not.toHaveAttribute('open');
    await user.click(summary);
    expect(details).toHaveAttribute('open');
    const body = within(details);
    expect(body.getByText('Answers must cite current documents')).toBeVisible();
    expect(body.getByText('Which industry does the project serve?')).toBeVisible();
    expect(body.getByText('Insurance')).toBeVisible();
    expect(body.getByText('A year of running costs more than the build:')).toBeVisible();
    expect(body.getAllByText('CTO guide to generative AI — FAQ: how long a build takes')[0]).toBeVisible();
    expect(body.getByText('Responsible adoption deep dive — Technical challenges')).toBeVisible();
    expect(body.queryByText(/\.txt|line \d/)).toBeNull();
    // Rule ids and fact names are for the technical trace only.
    expect(details).not.toHaveTextContent(/approach\.fresh-facts|needsFreshFacts|runYearOverBuild/);
  });

  it('shows rule ids and facts only when the technical trace is turned on', async () => {
    const user = userEvent.setup();
    const plan = claimsPlan();
    const trace = [{ ...plan.approach.because[0]!, file: 'rules/approach.json' }];
    render(<PlanView plan={{ ...plan, trace }} answers={claimsAnswers} />);
    await openSection(user, 'Approach');
    const approach = screen.getByRole('region', { name: /^Approach/ });
    await user.click(within(approach).getAllByText('Why?', { selector: 'summary' })[0]!);
    expect(approach).not.toHaveTextContent('approach.fresh-facts');
    await user.click(screen.getByRole('checkbox', { name: /Show the technical trace/ }));
    expect(approach).toHaveTextContent(
      'approach.fresh-facts · when industry = insurance; runYearOverBuild = yes',
    );
    await openSection(user, 'Technical trace');
    expect(screen.getByRole('region', { name: /^Technical trace/ })).toHaveTextContent(
      'approach.fresh-facts (rules/approach.json) Answers must cite current documents · when industry = insurance',
    );
  });

  it('gives every disclosure a distinct accessible name', async () => {
    const user = userEvent.setup();
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openAll(user);
    const names = [...document.querySelectorAll('summary, .sw-why__inline')].map((s) => s.textContent);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toContain('Why? GDPR impact assessment');
    expect(new Set(names.filter((n) => n?.startsWith('Why?'))).size).toBeGreaterThan(10);
  });

  it('lists obligations by jurisdiction with when, who, evidence, time, and the law in their "Why?"', async () => {
    const user = userEvent.setup();
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openSection(user, 'Compliance obligations');
    const section = within(screen.getByRole('region', { name: /^Compliance obligations/ }));
    expect(
      section.getByText(/Scopewise is not legal advice.*last reviewed on 29 November 2026/),
    ).toBeVisible();
    expect(section.getByRole('heading', { name: 'European Union' })).toBeVisible();
    expect(section.getByText('Gate before launch')).toBeVisible();
    expect(section.getByText(/GDPR · Owner: Data protection officer/)).toBeVisible();
    expect(section.getByText('The DPIA report.')).toBeVisible();
    expect(section.getByText(/1–3 person-weeks of work, then up to 14 weeks of waiting/)).toBeVisible();
    await user.click(section.getByText('Why?', { selector: 'summary' }));
    const link = section.getByRole('link', { name: /GDPR, Art\. 35/ });
    expect(link).toHaveAttribute('href', 'https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(section.getByText('(to be confirmed with counsel)')).toBeVisible();
    expect(section.getByText(/Regulation \(EU\) 2016\/679/)).toBeVisible();
  });

  it('says when a dated duty applies, and when that is after the target launch', async () => {
    const user = userEvent.setup();
    const plan = claimsPlan();
    const gdpr = plan.obligations[0]!;
    render(
      <PlanView
        plan={{ ...plan, obligations: [{ ...gdpr, appliesFrom: '2027-12-02', afterLaunch: true }] }}
        answers={claimsAnswers}
      />,
    );
    await openSection(user, 'Compliance obligations');
    expect(
      screen.getByText(/Applies from 2 December 2027, after your target launch: .* plan for it now/),
    ).toBeVisible();
  });

  it('says whether the preferred approach is followed, and says why once', async () => {
    const user = userEvent.setup();
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    expect(
      screen.getByText(/Your preference \(Fine-tuning a foundation model\) is not followed/),
    ).toBeInTheDocument();
    await openSection(user, 'Approach');
    const approach = within(screen.getByRole('region', { name: /^Approach/ }));
    // The preference's alternative is not listed again under the alternatives: its verdict says why.
    expect(approach.queryByText('Fine-tuning a foundation model', { selector: 'strong' })).toBeNull();
  });

  it('renders hostile free text as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>**bold**';
    const { container } = render(
      <PlanView plan={claimsPlan()} answers={{ ...claimsAnswers, projectName: hostile }} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('mounts the shell actions right after the decision summary', () => {
    render(
      <PlanView
        plan={claimsPlan()}
        answers={claimsAnswers}
        actions={<button type="button">Download PDF</button>}
      />,
    );
    const button = screen.getByRole('button', { name: 'Download PDF' });
    const monthly = screen.getAllByText('Monthly run cost', { selector: 'dt' })[0]!;
    const approach = screen.getByRole('heading', { name: /^Approach/ });
    expect(monthly.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(button.compareDocumentPosition(approach) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps headings in order under a shell heading', () => {
    render(<PlanView plan={claimsPlan()} answers={claimsAnswers} headingLevel={2} />);
    const levels = screen.getAllByRole('heading').map((h) => Number(h.tagName.slice(1)));
    expect(levels[0]).toBe(2);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('gives the charts table equivalents and loads the charts lazily', async () => {
    const user = userEvent.setup();
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openAll(user);
    const phases = screen.getByRole('table', { name: /Phases/ });
    expect(within(phases).getByRole('rowheader', { name: 'Data preparation' })).toBeInTheDocument();
    expect(within(phases).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByRole('table', { name: /Cumulative cost by month/ })).toBeInTheDocument();
    // The phase chart is drawn with the page and, like the others, hidden from assistive technology.
    expect(container.querySelector('.sw-gantt')).toHaveAttribute('aria-hidden', 'true');
    // One chart per task, in page order.
    await waitFor(() => expect(screen.getAllByTestId('chart-cost')).toHaveLength(2));
    expect(await screen.findByTestId('chart-cumulative')).toBeInTheDocument();
    expect(await screen.findByTestId('chart-readiness')).toBeInTheDocument();
  });

  it('draws each phase with its full name and bars exactly as long as its own estimates', async () => {
    const user = userEvent.setup();
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openSection(user, 'Timeline');
    const rows = [...container.querySelectorAll('.sw-gantt__row')];
    expect(rows.map((r) => r.querySelector('.sw-gantt__name')?.textContent)).toEqual([
      'Discovery',
      'Data preparation',
      'Build and integrate',
      'Compliance review',
    ]);
    // Axis 0–12 weeks. Data preparation: 3 weeks from week 1 at the shortest, 6 weeks from week 2 at the longest.
    const bar = (row: Element, which: 'short' | 'long') => {
      const { left, width } = (row.querySelector(`.sw-gantt__bar--${which}`) as HTMLElement).style;
      return { left, width };
    };
    expect(bar(rows[1]!, 'short')).toEqual({ left: `${(1 / 12) * 100}%`, width: '25%' });
    expect(bar(rows[1]!, 'long')).toEqual({ left: `${(2 / 12) * 100}%`, width: '50%' });
    expect(rows[1]!.querySelector('.sw-gantt__weeks')).toHaveTextContent('3–6 weeks');
    expect(rows[3]).toHaveClass('sw-gantt__row--parallel');
    // The last phase ends at the end of the schedule without any bar reaching past its own length.
    for (const row of rows)
      for (const which of ['short', 'long'] as const) {
        const { left, width } = bar(row, which);
        expect(parseFloat(left) + parseFloat(width)).toBeLessThanOrEqual(100.0001);
      }
  });

  it("renders a closed section's content only once it is opened, and closes them all again", async () => {
    const user = userEvent.setup();
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    expect(container.querySelector('.sw-gantt')).toBeNull();
    await openSection(user, 'Timeline');
    expect(container.querySelector('.sw-gantt')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Close all' }));
    expect(container.querySelector('.sw-gantt')).toBeNull();
    expect(screen.getByRole('button', { name: /^Timeline/ })).toHaveAttribute('aria-expanded', 'false');
  });

  it('renders a "Why?" body only once it is opened', async () => {
    const user = userEvent.setup();
    const { container } = render(<PlanView plan={claimsPlan()} answers={claimsAnswers} />);
    await openAll(user);
    expect(container.querySelectorAll('details.sw-why').length).toBeGreaterThan(5);
    expect(container.querySelector('.sw-why__body')).toBeNull();
    await user.click(container.querySelector('details.sw-why summary')!);
    expect(container.querySelectorAll('.sw-why__body')).toHaveLength(1);
  });
});

describe('results sources', () => {
  it('never inject HTML', () => {
    const dir = join(process.cwd(), 'src/features/results');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files)
      expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
  });
});
