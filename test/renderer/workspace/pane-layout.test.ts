// The pane layout preference: read back as written, damaged or out-of-range values fall back to
// the defaults, and the library pane's automatic hiding in narrow windows until the user chooses.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, NARROW_WINDOW_PX, PANE_LIMITS, clampWidth, readLayout, sidebarShown, widestFor, writeLayout } from '../../../renderer/workspace/pane-layout';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [['corroborate.layout', initial]]);
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('pane layout', () => {
  it('reads back what it wrote', () => {
    const storage = memoryStorage();
    writeLayout(storage, { sidebarWidth: 300, claimsWidth: 500, claimsListShare: 60, sidebarHidden: true });
    expect(readLayout(storage)).toEqual({ sidebarWidth: 300, claimsWidth: 500, claimsListShare: 60, sidebarHidden: true });
  });

  it('falls back to the defaults for a missing, damaged or out-of-range preference', () => {
    expect(readLayout(memoryStorage())).toEqual(DEFAULT_LAYOUT);
    // a browser that blocks storage
    expect(readLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(memoryStorage('{not json'))).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(memoryStorage('[1,2]'))).toEqual(DEFAULT_LAYOUT);
    expect(readLayout(memoryStorage(JSON.stringify({ sidebarWidth: 'wide', claimsWidth: 99999, claimsListShare: 3, sidebarHidden: 'yes' })))).toEqual({
      sidebarWidth: PANE_LIMITS.sidebar.default,
      claimsWidth: PANE_LIMITS.claims.max,
      claimsListShare: 20,
      sidebarHidden: null,
    });
  });

  it('keeps a width within the limits of its pane', () => {
    expect(clampWidth('sidebar', 10)).toBe(PANE_LIMITS.sidebar.min);
    expect(clampWidth('claims', 5000)).toBe(PANE_LIMITS.claims.max);
    expect(clampWidth('claims', 412.6)).toBe(413);
  });

  it('leaves the article its minimum width when a pane is widened', () => {
    expect(widestFor('claims', 1200, 248)).toBe(1200 - 248 - 360);
    expect(widestFor('claims', 2560, 248)).toBe(PANE_LIMITS.claims.max);
    expect(widestFor('sidebar', 800, 380)).toBe(PANE_LIMITS.sidebar.min);
  });

  it('hides the library pane in a narrow window until the user chooses', () => {
    expect(sidebarShown(DEFAULT_LAYOUT, NARROW_WINDOW_PX)).toBe(true);
    expect(sidebarShown(DEFAULT_LAYOUT, NARROW_WINDOW_PX - 1)).toBe(false);
    expect(sidebarShown({ ...DEFAULT_LAYOUT, sidebarHidden: false }, 800)).toBe(true);
    expect(sidebarShown({ ...DEFAULT_LAYOUT, sidebarHidden: true }, 1920)).toBe(false);
  });
});
