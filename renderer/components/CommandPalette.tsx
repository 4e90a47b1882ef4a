// The command palette (Ctrl/Cmd+K): every action, document and source by name. Type to filter (best match first,
// command-ranking.ts), arrows to choose, Enter to run.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useAppState } from '../state/app-context';
import type { AppState } from '../state/app-store';
import type { Command } from '../workspace/command-list';
import { rankCommands } from '../workspace/command-ranking';
import { Modal } from './Modal';

interface CommandPaletteProps {
  /** builds the commands for the app's state */
  load: (state: AppState) => Command[];
  onClose: () => void;
}

export function CommandPalette({ load, onClose }: CommandPaletteProps) {
  // built again as the app's state changes while the palette is open (the library read in, a claim selected)
  const state = useAppState();
  const commands = useMemo(() => load(state), [load, state]);
  const [query, setQuery] = useState('');
  // the highlighted command, by id: the list may be built again under it (a toast, a save), and Enter runs what is highlighted
  const [activeId, setActiveId] = useState<string | null>(null);
  const shown = useMemo(
    () =>
      rankCommands(
        commands.filter((c) => c.enabled),
        query,
      ).slice(0, 12),
    [commands, query],
  );
  const active = Math.max(0, shown.findIndex((c) => c.id === activeId));
  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    requestAnimationFrame(() => command.run());
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActiveId(shown[Math.min(active + 1, shown.length - 1)]?.id ?? null);
    else if (event.key === 'ArrowUp') setActiveId(shown[Math.max(active - 1, 0)]?.id ?? null);
    else if (event.key === 'Enter') run(shown[active]);
    else return;
    event.preventDefault();
  };
  return (
    <Modal title="Command palette" className="palette" onClose={onClose}>
      <input
        className="input palette__input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={shown[active] ? `palette-${shown[active].id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command, a document’s title or a source’s name…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActiveId(null);
        }}
        onKeyDown={handleKeyDown}
      />
      <ul id="palette-list" role="listbox" className="palette__list">
        {shown.map((command, index) => (
          <li key={command.id} id={`palette-${command.id}`} role="option" aria-selected={index === active} className="palette__item" onMouseDown={(e) => (e.preventDefault(), run(command))}>
            <span>{command.label}</span>
            {command.keys ? <kbd>{command.keys}</kbd> : null}
          </li>
        ))}
        {shown.length === 0 ? <li className="palette__empty">No command matches.</li> : null}
      </ul>
    </Modal>
  );
}
