import { steps } from '@/domain/questions';
import { stepStatus, type WizardStep } from '../model/flow';
import { WizardActor } from '../wizard-actor';

const statusText = { complete: 'complete', started: 'in progress', empty: 'not started' } as const;

/** Names every step, shows where the user is and lets them jump to any step. */
export function ProgressNav({ current }: { current: WizardStep }) {
  const actor = WizardActor.useActorRef();
  const answers = WizardActor.useSelector((s) => s.context.answers);
  const pending = WizardActor.useSelector((s) => s.context.pending);
  return (
    <nav className="progress" aria-label="Progress">
      <ol>
        {steps.map((s, i) => {
          const status = stepStatus(answers, pending, s.id);
          const isCurrent = current === s.id;
          return (
            <li key={s.id} className={`progress-step ${status}${isCurrent ? ' current' : ''}`}>
              <button
                type="button"
                aria-current={isCurrent ? 'step' : undefined}
                onClick={() => actor.send({ type: 'step.goto', step: s.id })}
              >
                <span className="progress-index" aria-hidden="true">
                  {status === 'complete' ? '✓' : i + 1}
                </span>
                <span className="progress-title">{s.title}</span>
                <span className="visually-hidden">, {statusText[status]}</span>
              </button>
            </li>
          );
        })}
        <li className={`progress-step${current === 'review' ? ' current' : ''}`}>
          <button
            type="button"
            aria-current={current === 'review' ? 'step' : undefined}
            onClick={() => actor.send({ type: 'step.goto', step: 'review' })}
          >
            <span className="progress-index" aria-hidden="true">
              {steps.length + 1}
            </span>
            <span className="progress-title">Review</span>
          </button>
        </li>
      </ol>
    </nav>
  );
}
