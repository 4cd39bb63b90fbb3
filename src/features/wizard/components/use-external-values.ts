import { useEffect, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Question } from '@/domain/questions';
import { toFieldValue, type FormValues } from '../model/field-values';
import { WizardActor } from '../wizard-actor';

/**
 * Shows in an open form the answers changed from outside it (another tab, a conflict resolved), field by field,
 * so the fields the user is in keep their focus and what they typed. Applied synchronously as the machine takes
 * the change, before any later keystroke could send the form's older value back.
 */
export function useExternalValues(form: UseFormReturn<FormValues>, stepQuestions: readonly Question[]): void {
  const actor = WizardActor.useActorRef();
  // The change the form's default values already include.
  const [seen] = useState(() => actor.getSnapshot().context.external.seq);
  useEffect(() => {
    let seq = seen;
    const apply = (s: ReturnType<typeof actor.getSnapshot>) => {
      const { external, answers, pending } = s.context;
      if (external.seq === seq) return;
      seq = external.seq;
      for (const q of stepQuestions)
        if (external.ids.includes(q.id))
          form.setValue(q.id, toFieldValue(q, answers[q.id], pending[q.id]), {
            shouldValidate: form.getFieldState(q.id).isTouched,
          });
    };
    apply(actor.getSnapshot());
    const sub = actor.subscribe(apply);
    return () => sub.unsubscribe();
  }, [actor, form, stepQuestions, seen]);
}
