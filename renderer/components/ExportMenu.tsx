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
  // Escape closes an open menu and gives the focus back to its button (the workspace leaves it alone)
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="menu-button" onKeyDown={onKeyDown}>
      <button ref={button} type="button" className={small ? 'button button--small' : 'button'} aria-haspopup="menu" aria-expanded={open} disabled={disabled} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open ? (
        <ul className="menu" role="menu" aria-label="Export">
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
