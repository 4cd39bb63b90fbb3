import { questionById } from '@/domain/questions';
import { WizardActor } from '../wizard-actor';

/** Says which answers a branching change set aside, so nothing disappears silently. */
export function SetAsideNotice() {
  const actor = WizardActor.useActorRef();
  // Each change writes a new list: redraw only when what it names changes.
  const setAside = WizardActor.useSelector(
    (s) => s.context.setAside,
    (a, b) => a.join(' ') === b.join(' '),
  );
  if (setAside.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {setAside.length === 1 ? 'This answer no longer applies' : 'These answers no longer apply'} after your
        change and {setAside.length === 1 ? 'was' : 'were'} set aside.{' '}
        {setAside.length === 1 ? 'It is' : 'They are'} kept in case you change back, but left out of the plan:
      </p>
      <ul>
        {setAside.map((id) => (
          <li key={id}>{questionById.get(id)?.label ?? id}</li>
        ))}
      </ul>
      <button type="button" className="link" onClick={() => actor.send({ type: 'notice.dismiss' })}>
        Dismiss
      </button>
    </div>
  );
}
