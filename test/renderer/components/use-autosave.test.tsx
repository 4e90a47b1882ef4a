// Saving without a Save button: after a pause in typing, at once when a field is left, and once
// more when the editor closes, told that it is closing so it can keep what it could not save.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, useAutosave } from '../../../renderer/components/use-autosave';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves once typing pauses, with the latest draft', () => {
    const saved: string[] = [];
    const { result, rerender } = renderHook(({ draft }) => useAutosave(() => saved.push(draft)), { initialProps: { draft: 'P' } });
    for (const draft of ['Pa', 'Par', 'Part']) {
      rerender({ draft });
      act(() => result.current.changed());
      act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS / 2));
    }
    expect(saved).toEqual([]);
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS));
    expect(saved).toEqual(['Part']);
  });

  it('saves at once when a field is left, and not again for nothing', () => {
    const save = vi.fn();
    const { result } = renderHook(() => useAutosave(save));
    act(() => result.current.changed());
    act(() => result.current.flush());
    expect(save).toHaveBeenCalledWith(false);
    act(() => result.current.flush());
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves what is waiting when the editor closes, saying it closes', () => {
    const save = vi.fn();
    const { result, unmount } = renderHook(() => useAutosave(save));
    act(() => result.current.changed());
    unmount();
    expect(save.mock.calls).toEqual([[true]]);
    act(() => vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
