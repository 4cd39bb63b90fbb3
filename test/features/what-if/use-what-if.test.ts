// @vitest-environment jsdom
/**
 * The analysis behind the what-if sections: it completes, the same answers in a new object keep it (the results
 * page's figures send theirs on every blur), and a changed answer starts a new one.
 */
import { renderHook, waitFor } from '@testing-library/react';
import type { Answers } from '@/domain/questions';
import { useWhatIf } from '@/features/what-if/use-what-if';
import { completeAnswers } from '../../support/answers';

const today = '2026-11-23';

describe('useWhatIf', () => {
  it('keeps its analysis for the same answers and starts again when one changes', async () => {
    const { result, rerender } = renderHook(
      ({ answers }: { answers: Answers }) => useWhatIf(answers, today),
      {
        initialProps: { answers: completeAnswers },
      },
    );
    expect(result.current.analysis).toBeUndefined();
    await waitFor(() => expect(result.current.analysis).toBeDefined(), { timeout: 20_000 });
    const first = result.current.analysis;
    expect(first!.decisive.length).toBeGreaterThan(0);
    await expect(result.current.whenReady()).resolves.toBe(first);

    rerender({ answers: { ...completeAnswers } });
    expect(result.current.analysis).toBe(first);

    rerender({ answers: { ...completeAnswers, dataLeaves: 'no' } });
    expect(result.current.analysis).toBeUndefined();
    await waitFor(() => expect(result.current.analysis).toBeDefined(), { timeout: 20_000 });
    expect(result.current.analysis).not.toBe(first);
  });
});
