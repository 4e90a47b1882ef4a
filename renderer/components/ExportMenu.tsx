// An "Export ▾" button and its menu of formats, for the top bar (a document or the library) and
// the claims screen (a saved set or the current filter).
import { useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from '@shared/bridge/contract';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from '@shared/formats/export-formats';

interface ExportMenuProps {
  /** what the menu exports, said above the formats: "All claims as…" */
  heading: string;
  disabled?: boolean;
  /** leave out the formats that always take the whole library */
  claimsOnly?: boolean;
  small?: boolean;
  onExport: (format: ExportFormat) => void;
}

export function ExportMenu({ heading, disabled = false, claimsOnly = false, small = false, onExport }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const formats = EXPORT_FORMAT_IDS.filter((f) => !claimsOnly || !EXPORT_FORMATS[f].wholeLibrary);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  /** Focuses the menu's item at `index` (counted from the end when negative), the menu drawn first. */
  const focusItem = (index: number) =>
    requestAnimationFrame(() => {
      const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
      items.at(index)?.focus();
    });
  // as a menu does (WAI-ARIA): the Down and Up arrows open it and move along its items, Home and
  // End go to its ends; Escape closes it and gives the focus back to its button (the workspace leaves it alone)
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && !open && event.target === button.current && !disabled) {
      setOpen(true);
      focusItem(event.key === 'ArrowDown' ? 0 : -1);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[at === -1 ? (step > 0 ? 0 : items.length - 1) : (at + step + items.length) % items.length]?.focus();
    } else if ((event.key === 'Home' || event.key === 'End') && open && at !== -1) items.at(event.key === 'Home' ? 0 : -1)?.focus();
    else return;
    event.preventDefault();
  };
  return (
    <div className="menu-button" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className={small ? 'button button--small' : 'button'} aria-haspopup="menu" aria-expanded={open} disabled={disabled} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open ? (
        <ul ref={menu} className="menu" role="menu" aria-label="Export">
          <li role="none" className="menu__heading">
            {heading}
          </li>
          {formats.map((format) => (
            <li role="none" key={format}>
              <button
                type="button"
                role="menuitem"
                className="menu__item"
                onClick={() => {
                  setOpen(false);
                  onExport(format);
                }}
              >
                {EXPORT_FORMATS[format].label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
