// The sidebar's list of documents, each with its outlet, date and claims by status. Drawn again
// only when the documents or the open one change, not when another screen of the library opens
// (with 2,000 documents that redraw was most of the time it took to open the claims table).
import { memo } from 'react';
import type { DocumentSummary } from '@shared/domain/document';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { useActions } from '../state/app-context';
import { StatusMixBar } from './StatusMixBar';

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  taxonomy: Taxonomy;
  /** the document shown in the main pane now, if any */
  currentId: string | null;
  /** the document open in the workspace (shown or not) */
  openDocumentId: string | null;
}

export const DocumentList = memo(function DocumentList({ documents, taxonomy, currentId, openDocumentId }: DocumentListProps) {
  const actions = useActions();
  return (
    <ul className="doc-list">
      {documents.map((doc) => (
        <li key={doc.id}>
          <button
            type="button"
            className="doc-list__item"
            aria-current={doc.id === currentId ? 'page' : undefined}
            onClick={() => (doc.id === openDocumentId ? actions.showPanel('document') : void actions.openDocument(doc.id))}
          >
            <bdi className="doc-list__title">{doc.title}</bdi>
            <span className="doc-list__meta">
              {doc.outlet || doc.byline ? (
                <>
                  <bdi>{doc.outlet || doc.byline}</bdi> ·{' '}
                </>
              ) : null}
              {doc.published ? `${doc.published} · ` : ''}
              {doc.claimTotal === 1 ? '1 claim' : `${doc.claimTotal} claims`}
            </span>
            <StatusMixBar counts={doc.claimCounts} total={doc.claimTotal} taxonomy={taxonomy} />
          </button>
        </li>
      ))}
    </ul>
  );
});
