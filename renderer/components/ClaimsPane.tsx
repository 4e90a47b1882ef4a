// The right-hand pane: the claim list above, the selected claim's inspector below.
import type { LibraryView } from '@shared/bridge/contract';
import type { StoredDocument } from '@shared/domain/document';
import { useActions } from '../state/app-context';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';

interface ClaimsPaneProps {
  library: LibraryView;
  document: StoredDocument;
  selectedClaimId: string | null;
  onSelectFromList: (claimId: string) => void;
}

export function ClaimsPane({ library, document, selectedClaimId, onSelectFromList }: ClaimsPaneProps) {
  const actions = useActions();
  const selected = document.claims.find((c) => c.id === selectedClaimId) ?? null;
  return (
    <aside className="claims-pane" aria-label="Claims">
      <ClaimList claims={document.claims} sources={library.sources} taxonomy={library.taxonomy} selectedId={selectedClaimId} onSelect={onSelectFromList} />
      {selected ? (
        <ClaimInspector
          key={selected.id}
          claim={selected}
          sources={library.sources}
          taxonomy={library.taxonomy}
          onChange={(changes) => void actions.updateClaim(document.id, selected.id, changes)}
          onCreateSource={(name, kind) => actions.createSource(name, kind)}
          onDelete={() => void actions.deleteClaim(document.id, selected.id)}
        />
      ) : (
        <p className="inspector-empty">Select a claim to see and edit its source, attribution and status.</p>
      )}
    </aside>
  );
}
