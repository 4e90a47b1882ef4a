// What the claims screen shows when it has no claim: in a library without claims, how to make
// them (import an article, select words and press C, or let Suggest claims find them); when a
// search or filter leaves none, a way to clear it.
import type { DocumentSummary } from '@shared/domain/document';
import { EMPTY_FILTER } from '@shared/search/claim-filter';
import { useActions } from '../state/app-context';
import type { NoClaimsReason } from './why-no-claims';

interface NoClaimsProps {
  reason: NoClaimsReason;
  documents: readonly DocumentSummary[];
}

const latest = (documents: readonly DocumentSummary[]) => documents.reduce<DocumentSummary | undefined>((best, doc) => (!best || doc.updatedAt > best.updatedAt ? doc : best), undefined);

export function NoClaims({ reason, documents }: NoClaimsProps) {
  const actions = useActions();
  if (reason === 'no-match') {
    return (
      <div className="no-claims">
        <p>No claim matches. Loosen the search or clear a filter.</p>
        <button type="button" className="button button--small" onClick={() => actions.across.setFilter(EMPTY_FILTER)}>
          Clear the search and filters
        </button>
      </div>
    );
  }
  const document = latest(documents);
  return (
    <section className="no-claims" aria-labelledby="no-claims-title">
      <h2 id="no-claims-title" className="no-claims__title">
        No claims yet
      </h2>
      {reason === 'no-documents' ? (
        <p>Claims are made in an article. Import one (Import… at the top, or drop a file anywhere in this window), then select the words of a claim and press <kbd>C</kbd>.</p>
      ) : (
        <p>
          Open a document, select the words of a claim and press <kbd>C</kbd> (or <em>Make claim</em>). Or let Corroborate find them: in a document, <em>Suggest claims</em> (<kbd>Shift</kbd>+<kbd>S</kbd>) lists the
          attributions in its text for you to accept or reject.
        </p>
      )}
      <div className="no-claims__actions">
        {document ? (
          <button type="button" className="button button--primary" onClick={() => void actions.openDocument(document.id)}>
            <span className="no-claims__open">
              Open “<bdi>{document.title}</bdi>”
            </span>
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void actions.openSample()}>
            Open a sample article
          </button>
        )}
      </div>
    </section>
  );
}
