import { useEffect, useRef, useState } from 'react';
import type { Actor } from 'xstate';
import type { wizardMachine } from './machine';
import { DRAFT_KEY, saveDraft, type SaveResult } from './model/draft-storage';
import type { WizardStep } from './model/flow';

const DEBOUNCE_MS = 300;

export type AutosaveStatus = SaveResult | { ok: false; reason: 'other-tab' };

/**
 * Saves the draft shortly after every change, and at once when the page is hidden or closed, so neither a reload
 * nor a closed tab loses a keystroke.
 */
export function useAutosave(actor: Actor<typeof wizardMachine>, storage: Storage | null): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ ok: true });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let dirty = false;
    const flush = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (!dirty) return;
      dirty = false;
      const s = actor.getSnapshot();
      const step = (
        typeof s.value === 'string' && s.value !== 'restoring' ? s.value : 'context'
      ) as WizardStep;
      const result = saveDraft(storage, { answers: s.context.answers, pending: s.context.pending, step });
      setStatus((prev) => (JSON.stringify(prev) === JSON.stringify(result) ? prev : result));
    };
    let last = actor.getSnapshot();
    const sub = actor.subscribe((s) => {
      if (
        s.context.answers === last.context.answers &&
        s.context.pending === last.context.pending &&
        s.value === last.value
      )
        return;
      last = s;
      dirty = true;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, DEBOUNCE_MS);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onStorage = (e: StorageEvent) => {
      if (e.key === DRAFT_KEY) setStatus({ ok: false, reason: 'other-tab' });
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('storage', onStorage);
    return () => {
      flush();
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('storage', onStorage);
    };
  }, [actor, storage]);

  return status;
}
