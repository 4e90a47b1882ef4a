// The document being read when the app closed opens again at the next start, if it is still in
// the library and the user has gone nowhere meanwhile; another screen forgets it.
import { describe, expect, it, vi } from 'vitest';
import type { LibraryView } from '@shared/bridge/contract';
import { AppStore } from '../../../renderer/state/app-store';
import { lastOpenDocument, rememberOpenDocument, reopenAtStart } from '../../../renderer/state/last-document';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
}
const library = (...ids: string[]) => ({ documents: ids.map((id) => ({ id })) }) as unknown as LibraryView;
const opened = (id: string) => ({ id, claims: [] }) as never;

describe('the last open document', () => {
  it('is kept while it is read, forgotten on another screen, and survives the start before the library is read', () => {
    const storage = memoryStorage();
    const store = new AppStore();
    rememberOpenDocument(store, storage);
    store.update({ panel: 'library' });
    expect(lastOpenDocument(storage)).toBeNull();
    store.update({ library: library('a', 'b'), document: opened('b'), panel: 'document' });
    expect(lastOpenDocument(storage)).toBe('b');
    store.update({ panel: 'sources' });
    expect(lastOpenDocument(storage)).toBeNull();
  });

  it('opens again once the library is read, only if it is still there', () => {
    const store = new AppStore();
    const open = vi.fn(async () => undefined);
    reopenAtStart(store, 'b', open);
    store.update({ busy: 'Loading' });
    expect(open).not.toHaveBeenCalled();
    store.update({ library: library('a', 'b') });
    expect(open).toHaveBeenCalledExactlyOnceWith('b');
    store.update({ library: library('a', 'b') });
    expect(open).toHaveBeenCalledTimes(1);

    const gone = vi.fn(async () => undefined);
    const other = new AppStore();
    reopenAtStart(other, 'c', gone);
    other.update({ library: library('a', 'b') });
    expect(gone).not.toHaveBeenCalled();
  });

  it('is read as nothing where the browser blocks storage', () => {
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => { throw new Error('blocked'); } };
    expect(lastOpenDocument(blocked)).toBeNull();
    const store = new AppStore();
    rememberOpenDocument(store, blocked);
    expect(() => store.update({ library: library('a'), document: opened('a'), panel: 'document' })).not.toThrow();
  });
});
