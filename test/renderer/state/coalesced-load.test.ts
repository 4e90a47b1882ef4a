// CoalescedLoad: one run at a time, calls made during a run share one more run after it, and every
// caller's promise settles after a run that started after the call.
import { describe, expect, it } from 'vitest';
import { CoalescedLoad } from '../../../renderer/state/coalesced-load';

/** A load whose runs finish when the test says, recording when each started. */
function controlledLoad() {
  const finishers: Array<(ok: boolean) => void> = [];
  let running = 0;
  let most = 0;
  const load = () =>
    new Promise<void>((resolve, reject) => {
      running += 1;
      most = Math.max(most, running);
      finishers.push((ok) => {
        running -= 1;
        if (ok) resolve();
        else reject(new Error('failed'));
      });
    });
  return { load, finishers, mostAtOnce: () => most };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CoalescedLoad', () => {
  it('runs once for a lone call', async () => {
    const { load, finishers } = controlledLoad();
    const coalesced = new CoalescedLoad(load);
    const done = coalesced.run();
    expect(finishers).toHaveLength(1);
    finishers[0]!(true);
    await done;
    expect(finishers).toHaveLength(1);
  });

  it('shares one more run among the calls made while one runs, and never runs two at once', async () => {
    const { load, finishers, mostAtOnce } = controlledLoad();
    const coalesced = new CoalescedLoad(load);
    const first = coalesced.run();
    let laterDone = 0;
    const later = [coalesced.run(), coalesced.run(), coalesced.run()].map((p) => p.then(() => (laterDone += 1)));
    expect(finishers).toHaveLength(1);
    finishers[0]!(true);
    await first;
    await settle();
    // the later calls wait for a run that started after them
    expect(laterDone).toBe(0);
    expect(finishers).toHaveLength(2);
    finishers[1]!(true);
    await Promise.all(later);
    expect(laterDone).toBe(3);
    expect(finishers).toHaveLength(2);
    expect(mostAtOnce()).toBe(1);
  });

  it('still runs the queued load when the running one fails', async () => {
    const { load, finishers } = controlledLoad();
    const coalesced = new CoalescedLoad(load);
    const first = coalesced.run();
    const second = coalesced.run();
    finishers[0]!(false);
    await expect(first).rejects.toThrow('failed');
    await settle();
    expect(finishers).toHaveLength(2);
    finishers[1]!(true);
    await second;
  });

  it('starts afresh after the runs have finished', async () => {
    const { load, finishers } = controlledLoad();
    const coalesced = new CoalescedLoad(load);
    const first = coalesced.run();
    finishers[0]!(true);
    await first;
    const again = coalesced.run();
    expect(finishers).toHaveLength(2);
    finishers[1]!(true);
    await again;
  });

  it('starts the queued run once the running one has taken longer than its patience, and ignores it after', async () => {
    const { load, finishers } = controlledLoad();
    const coalesced = new CoalescedLoad(load, 20);
    void coalesced.run();
    const later = coalesced.run();
    await settle();
    expect(finishers).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(finishers).toHaveLength(2);
    finishers[1]!(true);
    await later;
    expect(coalesced.busy).toBe(false);
    // the stuck run settling late changes nothing
    finishers[0]!(true);
    await settle();
    expect(coalesced.busy).toBe(false);
    expect(finishers).toHaveLength(2);
  });
});
