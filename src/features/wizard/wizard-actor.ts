import { createActorContext } from '@xstate/react';
import { wizardMachine } from './machine';

/** The one wizard actor, provided by the app shell and read by the thin step components. */
export const WizardActor = createActorContext(wizardMachine);
