import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Actor } from 'xstate';
import { afterNextPaint } from '@/components/ui/after-next-paint';
import type { wizardMachine } from './machine';
import type { LoadResult } from './model/draft-storage';
import type { DraftKeeper, KeeperActions, KeeperState } from './draft-keeper';

export type { SaveState, HoldReason } from './draft-keeper';
export type DraftPersistence = KeeperState & KeeperActions;

const idle = (): (() => void) => () => {};

/**
 * The draft's persistence for the screens: the state of the DraftKeeper (draft-keeper.ts, fetched as the
 * questionnaire mounts, beside the validation chunk every change waits for) and its actions. A change made before
 * it arrives is saved when it does.
 */
export function useDraftPersistence(
  actor: Actor<typeof wizardMachine>,
  storage: Storage | null,
  boot: LoadResult,
): DraftPersistence {
  const [keeper, setKeeper] = useState<DraftKeeper | null>(null);
  useEffect(() => {
    let created: DraftKeeper | null = null;
    let cancelled = false;
    // After the first page is painted: its chunk brings zod, which the first screen does not need.
    afterNextPaint(
      () =>
        void import('./draft-keeper').then(
          ({ DraftKeeper }) => {
            if (cancelled) return;
            created = new DraftKeeper(actor, storage, boot);
            setKeeper(created);
          },
          () => {},
        ),
    );
    return () => {
      cancelled = true;
      created?.dispose();
    };
  }, [actor, storage, boot]);
  const [before] = useState<KeeperState>(() => ({
    save: storage ? { kind: 'saved' } : { kind: 'failed', reason: 'unavailable' },
    unsaved: false,
    conflicts: [],
    remote: [],
    movedAside: null,
    earlier: [],
  }));
  const state = useSyncExternalStore(keeper?.subscribe ?? idle, keeper?.getState ?? (() => before));
  return useMemo(
    () => ({
      ...state,
      keepMine: (id: string) => keeper?.keepMine(id),
      useTheirs: (id: string) => keeper?.useTheirs(id),
      dismissRemote: () => keeper?.dismissRemote(),
      release: () => keeper?.release(),
      restoreEarlier: (e) => keeper?.restoreEarlier(e),
      deleteEarlier: (id: string) => keeper?.deleteEarlier(id),
    }),
    [state, keeper],
  );
}
