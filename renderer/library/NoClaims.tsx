// What the claims screen shows when it has no claim: in a library without claims, how to make
// them (import an article, select words and press C, or let Suggest claims find them); when a
// search or filter leaves none, a way to clear it, and the claims its words name (a source, a
// status, an attribution type), since words search only the claims' own text.
import type { DocumentSummary } from '@shared/domain/document';
import { EMPTY_FILTER } from '@shared/search/claim-filter';
import { useActions } from '../state/app-context';
import { NAMED_AS, type NamedFilter } from './named-filters';
import type { NoClaimsReason } from './why-no-claims';

interface NoClaimsProps {
  reason: NoClaimsReason;
  documents: readonly DocumentSummary[];
  /** the filters the search's words name */
  named?: readonly NamedFilter[];
}

const latest = (documents: readonly DocumentSummary[]) => documents.reduce<DocumentSummary | undefined>((best, doc) => (!best || doc.updatedAt > best.updatedAt ? doc : best), undefined);

export function NoClaims({ reason, documents, named = [] }: NoClaimsProps) {
  const actions = useActions();
  if (reason === 'no-match') {
    return (
      <div className="no-claims">
        <p>{named.length > 0 ? 'No claim has these words in its own text (quote, cue, note, evidence).' : 'No claim matches. Loosen the search or clear a filter.'}</p>
        <div className="no-claims__actions">
          {named.map((filter) => (
            <button key={`${filter.kind}:${filter.name}`} type="button" className="button button--primary" dir="auto" onClick={() => actions.across.setFilter({ query: '', facets: filter.facets })}>
              {`Show the claims ${NAMED_AS[filter.kind]} ${filter.name}`}
            </button>
          ))}
          <button type="button" className="button button--small" onClick={() => actions.across.setFilter(EMPTY_FILTER)}>
            Clear the search and filters
          </button>
        </div>
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
