/**
 * @xstate/react imports useSyncExternalStore through the `use-sync-external-store` shim, written for React 17.
 * React 18 and later have the hook built in, so the build points the shim at React's own (vite.config.ts) and
 * leaves the fallback out of the questionnaire's bundle.
 */
export { useSyncExternalStore } from 'react';
