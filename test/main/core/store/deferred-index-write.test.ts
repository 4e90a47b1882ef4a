// The deferred index write: one write per burst of changes, none after the file was written or the
// timer cancelled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeferredIndexWrite } from '../../../../main/core/store/deferred-index-write';

describe('DeferredIndexWrite', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, after the delay, however many changes came in it', () => {
    const writeLater = vi.fn();
    const index = new DeferredIndexWrite(2000, writeLater);
    index.changed();
    vi.advanceTimersByTime(1500);
    index.changed();
    expect(index.pending).toBe(true);
    expect(writeLater).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(writeLater).toHaveBeenCalledTimes(1);
    index.changed();
    vi.advanceTimersByTime(2000);
    expect(writeLater).toHaveBeenCalledTimes(2);
  });

  it('is no longer pending once the whole library file was written', () => {
    const index = new DeferredIndexWrite(2000, vi.fn());
    index.changed();
    index.written();
    expect(index.pending).toBe(false);
  });

  it('does not write after it is cancelled', () => {
    const writeLater = vi.fn();
    const index = new DeferredIndexWrite(2000, writeLater);
    index.changed();
    index.cancel();
    vi.advanceTimersByTime(5000);
    expect(writeLater).not.toHaveBeenCalled();
  });
});
