// The right-hand pane: the claim list (with the colour legend and the orphans) above, the selected
// claim's inspector below.
import { useEffect, useState } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { StoredDocument } from '@shared/domain/document';
import { useActions } from '../state/app-context';
import { ClaimInspector } from './ClaimInspector';
import { ClaimList } from './ClaimList';
import { Legend } from './Legend';

interface ClaimsPaneProps {
  library: LibraryView;
  document: StoredDocument;
  selectedClaimId: string | null;
  onSelectFromList: (claimId: string) => void;
}

export function ClaimsPane({ library, document, selectedClaimId, onSelectFromList }: ClaimsPaneProps) {
  const actions = useActions();
  const [knownTags, setKnownTags] = useState<string[]>([]);
  useEffect(() => {
    void actions.registry.tags().then((tags) => setKnownTags(tags.map((t) => t.tag)));
  }, [actions, document.id]);
  const selected = document.claims.find((c) => c.id === selectedClaimId) ?? null;
  return (
    <aside className="claims-pane" aria-label="Claims">
      <div className="claims-pane__top">
        <Legend taxonomy={library.taxonomy} colorBy={library.settings.colorBy} />
        {/* keyed by document: another document's list starts at its top, measured afresh */}
        <ClaimList key={document.id} claims={document.claims} sources={library.sources} taxonomy={library.taxonomy} selectedId={selectedClaimId} onSelect={onSelectFromList} />
      </div>
      {selected ? (
        <ClaimInspector
          key={selected.id}
          claim={selected}
          sources={library.sources}
          taxonomy={library.taxonomy}
          knownTags={knownTags}
          onChange={(changes, label) => {
            if (changes.tags) setKnownTags((known) => [...new Set([...known, ...changes.tags!])]);
            void actions.claims.update(document.id, selected.id, changes, label);
          }}
          onCreateSource={(name, kind) => actions.registry.createSource(name, kind)}
          onDelete={() => void actions.claims.delete(document.id, selected.id)}
          onOpenLink={(url) => actions.askToOpenLink(url)}
        />
      ) : (
        <p className="inspector-empty">Select a claim (click it, or <kbd>J</kbd>/<kbd>K</kbd>) to see and edit its source, attribution, status, cue, note, evidence and tags.</p>
      )}
    </aside>
  );
}
