import { useState } from 'react';
import { getStorage, loadDraft, WizardActor } from '@/features/wizard';
import { Shell } from './shell';

/** Reads the saved draft once, before the wizard starts, so a reload resumes at the exact step. */
export function App() {
  const [boot] = useState(() => {
    const storage = getStorage();
    return { storage, ...loadDraft(storage) };
  });
  return (
    <WizardActor.Provider options={{ input: boot.draft ?? {} }}>
      <Shell storage={boot.storage} loadProblem={boot.problem} />
    </WizardActor.Provider>
  );
}
