import { afterEach } from 'vitest';

// Tests run in Node; a test file that needs a DOM says so on its first line (`// @vitest-environment jsdom`),
// and only then are the DOM matchers and Testing Library's cleanup loaded.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });
}
