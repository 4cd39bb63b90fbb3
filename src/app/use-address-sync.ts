import { useEffect } from 'react';
import type { Actor, AnyStateMachine } from 'xstate';
import { hashOf, navigate, screenOf, START_HASH, type Screen } from './routes';

type WizardActorRef = Actor<AnyStateMachine>;

const screenNow = (actor: WizardActorRef): Screen | undefined => {
  const value = actor.getSnapshot().value;
  return typeof value === 'string' && value !== 'restoring' ? (value as Screen) : undefined;
};

/**
 * Keeps the address bar and the questionnaire's machine in step, the machine leading:
 * - when the machine moves to another screen, the address follows with a new history entry, so Back returns;
 * - when the address changes (Back, Forward, a link, a typed address), the machine is asked to go there and
 *   decides where that may lead (results with a decisive answer missing lead to the review); the address then
 *   names where it did, in place of the entry asked for;
 * - on arrival, the address is replaced by the screen shown: `#start` or none by where the draft opens, results
 *   with a decisive answer missing by the review.
 * Addresses that name no screen are otherwise left alone: the intro (no fragment), a shared plan, an anchor.
 * Off while `enabled` is false (a shared plan is showing).
 */
export function useAddressSync(actor: WizardActorRef, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let shown = screenNow(actor);
    let following = false;
    // The machine started at the screen the address named (session.tsx), or where it could: say which.
    if (shown && screenOf(window.location.hash) !== shown) navigate(hashOf(shown), 'replace');
    const sub = actor.subscribe(() => {
      const now = screenNow(actor);
      if (!now || now === shown) return;
      shown = now;
      navigate(hashOf(now), following ? 'replace' : 'push');
    });
    const onAddress = () => {
      const asked = screenOf(window.location.hash);
      const current = screenNow(actor);
      // "Where I left off": named at once.
      if (window.location.hash === START_HASH && current) navigate(hashOf(current), 'replace');
      if (!asked || asked === current) return;
      following = true;
      actor.send({ type: 'page.goto', page: asked });
      following = false;
      // The machine went elsewhere (or nowhere): the address names the screen shown, not the one asked for.
      const now = screenNow(actor);
      if (now && now !== asked) navigate(hashOf(now), 'replace');
    };
    window.addEventListener('hashchange', onAddress);
    return () => {
      sub.unsubscribe();
      window.removeEventListener('hashchange', onAddress);
    };
  }, [actor, enabled]);
}
