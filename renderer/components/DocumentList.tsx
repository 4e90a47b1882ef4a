// The sidebar's list of documents, each with its outlet, date and claims by status. Only the rows
// in view are drawn (and a few around), so a library of 2,000 documents redraws its sidebar as fast
// as one of ten after each change of a claim's status. Drawn again only when the documents or the
// open one change, not when another screen of the library opens.
import { memo, useEffect, type RefObject } from 'react';
import type { DocumentSummary } from '@shared/domain/document';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { useActions } from '../state/app-context';
import { StatusMixBar } from './StatusMixBar';
import { useVirtualRows } from './use-virtual-rows';
import { counted } from '@shared/text/counted';

/** A row's height before it is measured: two lines of title (most headlines), one of outlet and date, the status bar. */
const ROW_ESTIMATE_PX = 84;
/** Rows drawn beyond each end of the visible ones. */
const OVERSCAN = 8;

interface DocumentListProps {
  documents: readonly DocumentSummary[];
  taxonomy: Taxonomy;
  /** the document shown in the main pane now, if any */
  currentId: string | null;
  /** the document open in the workspace (shown or not) */
  openDocumentId: string | null;
  /** the element that scrolls the list (the sidebar's documents region) */
  scrollRef: RefObject<HTMLElement | null>;
}

const idOfDocument = (doc: DocumentSummary) => doc.id;

export const DocumentList = memo(function DocumentList({ documents, taxonomy, currentId, openDocumentId, scrollRef }: DocumentListProps) {
  const actions = useActions();
  const { listRef, listTop, virtualizer, focusHandlers } = useVirtualRows<DocumentSummary, HTMLUListElement>({
    items: documents,
    idOf: idOfDocument,
    scrollRef,
    estimatePx: ROW_ESTIMATE_PX,
    overscan: OVERSCAN,
    keptId: currentId,
    idAttribute: 'data-document-item',
  });
  // the open document's row comes into view when it opens (from the palette, the claims table, Undo)
  const currentIndex = currentId === null ? -1 : documents.findIndex((doc) => doc.id === currentId);
  const currentListed = currentIndex >= 0;
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
    // when another document opens, or the one open joins the list (a fresh import), not whenever the list changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentId, currentListed]);
  return (
    <ul ref={listRef} className="doc-list" style={{ height: virtualizer.getTotalSize() }} {...focusHandlers}>
      {virtualizer.getVirtualItems().map((item) => {
        const doc = documents[item.index]!;
        return (
          <li key={item.key} ref={virtualizer.measureElement} data-index={item.index} aria-setsize={documents.length} aria-posinset={item.index + 1} style={{ transform: `translateY(${item.start - listTop}px)` }}>
            <button
              type="button"
              className="doc-list__item"
              data-document-item={doc.id}
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
                {counted(doc.claimTotal, 'claim')}
              </span>
              <StatusMixBar counts={doc.claimCounts} total={doc.claimTotal} taxonomy={taxonomy} />
            </button>
          </li>
        );
      })}
    </ul>
  );
});
