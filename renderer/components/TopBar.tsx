// The top bar: the library pane's toggle, the app's name, where the user is, and import/export.
import type { ExportFormat } from '@shared/bridge/contract';
import { exportScopeIds } from '@shared/formats/export-formats';
import { useActions, useAppState } from '../state/app-context';
import { hasLibraryPane, sidebarShown } from '../workspace/pane-layout';
import { ExportMenu } from './ExportMenu';
import { shownDocumentId } from '../state/shown-document';
import { useWindowWidth } from './use-window-width';

interface TopBarProps {
  onImport: () => void;
}

export function TopBar({ onImport }: TopBarProps) {
  const { document, library, undoLabel, redoLabel, panel, activeSetId, layout, openedFromClaims } = useAppState();
  const windowWidth = useWindowWidth();
  const libraryPaneShown = sidebarShown(layout, windowWidth);
  // where the user is: the open article, or the screen shown instead of it
  const screens: Partial<Record<typeof panel, string>> = { claims: library?.sets.find((s) => s.id === activeSetId)?.name ?? 'All claims', sources: 'Sources', tags: 'Tags', settings: 'Settings', trash: 'Trash' };
  const here = panel === 'document' ? (document?.meta.title ?? null) : (screens[panel] ?? null);
  const actions = useActions();
  const shownDocument = shownDocumentId({ document, panel });
  const exportAs = (format: ExportFormat) => {
    void actions.exportClaims(format, exportScopeIds(format, shownDocument));
  };
  const canExport = (library?.documents.length ?? 0) > 0;
  return (
    <header className="top-bar">
      {hasLibraryPane(library, panel) ? (
        <button
          type="button"
          className="button button--icon top-bar__pane-toggle"
          aria-label={libraryPaneShown ? 'Hide the library pane' : 'Show the library pane'}
          aria-expanded={libraryPaneShown}
          aria-controls={libraryPaneShown ? 'library-pane' : undefined}
          title={`${libraryPaneShown ? 'Hide' : 'Show'} the library pane (Ctrl+B)`}
          onClick={() => actions.layout.toggleSidebar(window.innerWidth)}
        >
          <span aria-hidden="true">{libraryPaneShown ? '⇤' : '☰'}</span>
        </button>
      ) : null}
      <span className="top-bar__brand">Corroborate</span>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <button type="button" className="breadcrumb__link" onClick={() => actions.closeDocument()}>
          Library
        </button>
        {panel === 'document' && openedFromClaims ? (
          <>
            <span aria-hidden="true"> › </span>
            <button type="button" className="breadcrumb__link" title="Back to the claims table, as it was" onClick={() => actions.across.showClaims()}>
              {screens.claims}
            </button>
          </>
        ) : null}
        {here ? (
          <>
            <span aria-hidden="true"> › </span>
            <bdi className="breadcrumb__current" aria-current="page">
              {here}
            </bdi>
          </>
        ) : null}
      </nav>
      <div className="top-bar__actions">
        <button type="button" className="button button--icon" aria-label={undoLabel ? `Undo: ${undoLabel}` : 'Undo'} title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} disabled={!undoLabel} onClick={() => void actions.claims.undo()}>
          ↶
        </button>
        <button type="button" className="button button--icon" aria-label={redoLabel ? `Redo: ${redoLabel}` : 'Redo'} title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} disabled={!redoLabel} onClick={() => void actions.claims.redo()}>
          ↷
        </button>
        <button type="button" className="button button--palette" onClick={() => actions.toggle('paletteOpen', true)} title="Every action by name">
          Commands <kbd>Ctrl K</kbd>
        </button>
        <button type="button" className="button" onClick={onImport}>
          Import…
        </button>
        <ExportMenu heading={shownDocument ? 'This document’s claims as…' : 'All claims as…'} disabled={!canExport} onExport={exportAs} />
      </div>
    </header>
  );
}
