// The library view in the store (documents with their counts, sources, settings, sets): read from
// the core one read at a time, showing only the latest answer, and patched in place after a claim
// change in the open document, whose counts are all that change.
import type { BridgeClient } from '../bridge/bridge-client';
import type { AppStore } from './app-store';
import { CoalescedLoad } from './coalesced-load';
import { withClaimCounts } from './library-claim-counts';
import { openSetFilter } from './open-set-filter';

export class LibraryViewLoader {
  private requests = 0;
  private readonly reads = new CoalescedLoad(() => this.read());

  constructor(
    private readonly store: AppStore,
    private readonly bridge: BridgeClient,
  ) {}

  /**
   * Reads the library view again, once a read that started after this call has its answer. Reads
   * run one at a time and calls made during one share the next (see CoalescedLoad); should two
   * answers still cross (the web bridge's requests may overtake each other), only the answer to
   * the latest request is shown.
   */
  load(): Promise<void> {
    return this.reads.run();
  }

  /**
   * Shows a claim change's new counts in the library view: from the open document's claims when
   * the change is in it (no read), else by reading the library view again. A read on its way may
   * have left before the change: its answer is dropped and one more read follows.
   */
  showClaimCounts(documentId: string): void {
    const { library, document } = this.store.getState();
    const patched = library && document?.id === documentId ? withClaimCounts(library, document) : null;
    if (patched) this.store.update({ library: patched });
    if (patched && !this.reads.busy) return;
    this.requests += 1;
    void this.load();
  }

  private async read(): Promise<void> {
    const request = ++this.requests;
    const result = await this.bridge.call('library:get', {});
    if (request !== this.requests) return;
    if (result.ok) this.store.update((state) => ({ library: result.value, loadError: null, ...openSetFilter(state, result.value) }));
    else this.store.update({ loadError: result.error.message });
  }
}
