// The navigation pane: the library and claims screens, the saved sets with live counts, and the
// library's documents, each with its claims by status. The documents scroll in a region of their
// own, so Sources, Tags, Settings and Trash stay in sight however many documents there are.
import { useRef } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import { useActions, useAppState } from '../state/app-context';
import type { Panel } from '../state/app-store';
import { SavedSetsNav } from './SavedSetsNav';
import { DocumentList } from './DocumentList';

interface LibrarySidebarProps {
  library: LibraryView;
  openDocumentId: string | null;
  panel: Panel;
  onImport: () => void;
}

export function LibrarySidebar({ library, openDocumentId, panel, onImport }: LibrarySidebarProps) {
  const actions = useActions();
  const { activeSetId } = useAppState();
  const documentsRef = useRef<HTMLDivElement>(null);
  return (
    <nav id="library-pane" className="sidebar" aria-label="Library">
      <div className="sidebar__header">
        <h2 className="pane-title">Library</h2>
        <button type="button" className="button button--small" onClick={onImport}>
          Import…
        </button>
      </div>
      <div className="sidebar__nav">
        <button type="button" className="sidebar__link" aria-current={panel === 'library' ? 'page' : undefined} onClick={() => actions.showPanel('library')}>
          All documents
          <span className="sidebar__count">{library.documents.length}</span>
        </button>
        <button type="button" className="sidebar__link" aria-current={panel === 'claims' && !activeSetId ? 'page' : undefined} onClick={() => actions.across.showClaims({ query: '', facets: {} })}>
          All claims
          <span className="sidebar__count">{library.documents.reduce((n, d) => n + d.claimTotal, 0).toLocaleString('en')}</span>
        </button>
      </div>
      <SavedSetsNav library={library} activeSetId={panel === 'claims' ? activeSetId : null} />
      <h2 className="sidebar__heading">Documents</h2>
      <div ref={documentsRef} className="sidebar__documents">
        <DocumentList documents={library.documents} taxonomy={library.taxonomy} currentId={panel === 'document' ? openDocumentId : null} openDocumentId={openDocumentId} scrollRef={documentsRef} />
      </div>
      <div className="sidebar__footer">
        {(
          [
            ['sources', 'Sources', library.sources.length],
            ['tags', 'Tags', null],
            ['settings', 'Settings', null],
            ['trash', 'Trash', library.trashed || null],
          ] as const
        ).map(([id, label, count]) => (
          <button key={id} type="button" className="sidebar__link" aria-current={panel === id ? 'page' : undefined} onClick={() => actions.showPanel(id)}>
            {label}
            {count ? <span className="sidebar__count">{count}</span> : null}
          </button>
        ))}
        <button type="button" className="sidebar__link" onClick={() => actions.openBackups(true)}>
          Restore from backup…
        </button>
      </div>
    </nav>
  );
}
