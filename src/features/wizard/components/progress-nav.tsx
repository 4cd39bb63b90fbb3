import { memo, useId, useState } from 'react';
import { pageById, pagesOf, steps, type PathId } from '@/domain/questions';
import { isPage, statusOf, stepStatus, type StepStatus, type WizardStep } from '../model/flow';
import { WizardActor } from '../wizard-actor';

const statusText = { complete: 'complete', started: 'in progress', empty: 'not started' } as const;

interface Item {
  key: string;
  title: string;
  status: StepStatus | null;
  current: boolean;
  go: () => void;
}

/**
 * Names every step (on the quick path, its pages), shows where the user is and lets them jump to any of them.
 * Where the full bar does not fit on one line (a phone, a narrow window), it folds into one line, "Step 2 of 6:
 * Use case", with a bar of how far along the user is and a button that unfolds the list.
 */
export const ProgressNav = memo(function ProgressNav({ current }: { current: WizardStep }) {
  const actor = WizardActor.useActorRef();
  const lastPage = WizardActor.useSelector((s) => s.context.lastPage);
  const path: PathId = pageById.get(isPage(current) ? current : lastPage)!.path;
  const here = isPage(current) ? pageById.get(current)! : null;
  // One string, so a keystroke that changes no status re-renders nothing here.
  const statusKey = WizardActor.useSelector((s) => {
    const { answers, pending } = s.context;
    return (
      path === 'quick'
        ? pagesOf('quick').map((p) => statusOf(answers, pending, [p]))
        : steps.map((st) => stepStatus(answers, pending, st.id))
    ).join(' ');
  });
  const statuses = statusKey.split(' ') as StepStatus[];
  const [open, setOpen] = useState(false);
  const listId = useId();

  const go = (page: WizardStep) => () => {
    setOpen(false);
    actor.send({ type: 'page.goto', page });
  };
  const items: Item[] = [
    ...(path === 'quick'
      ? pagesOf('quick').map((p, i) => ({
          key: p.id,
          title: p.title,
          status: statuses[i]!,
          current: current === p.id,
          go: go(p.id),
        }))
      : steps.map((s, i) => ({
          key: s.id,
          title: s.title,
          status: statuses[i]!,
          current: here?.step === s.id,
          go: () => {
            setOpen(false);
            actor.send({ type: 'step.goto', step: s.id });
          },
        }))),
    { key: 'review', title: 'Review', status: null, current: current === 'review', go: go('review') },
  ];
  const at = Math.max(
    0,
    items.findIndex((i) => i.current),
  );
  const done = items.filter((i) => i.status === 'complete').length;

  return (
    <nav className="progress" aria-label="Progress" data-open={open} data-path={path}>
      <div className="progress-compact">
        <p className="progress-where">
          Step {at + 1} of {items.length}
          <span className="progress-where-title">: {items[at]!.title}</span>
        </p>
        <button
          type="button"
          className="progress-toggle link"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide steps' : 'All steps'}
        </button>
        <span className="progress-bar" aria-hidden="true">
          <span style={{ width: `${Math.round((done / (items.length - 1)) * 100)}%` }} />
        </span>
      </div>
      <ol id={listId}>
        {items.map((item, i) => (
          <li
            key={item.key}
            className={`progress-step ${item.status ?? ''}${item.current ? ' current' : ''}`}
          >
            <button type="button" aria-current={item.current ? 'step' : undefined} onClick={item.go}>
              <span className="progress-index" aria-hidden="true">
                {item.status === 'complete' ? '✓' : i + 1}
              </span>
              <span className="progress-title">{item.title}</span>
              {item.status ? <span className="visually-hidden">, {statusText[item.status]}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
});
