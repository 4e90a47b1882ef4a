// The article column: a toolbar (make a claim, correct the text, replace it with a newer version,
// move to trash), the metadata, and the text.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { ArticleEditor, type ArticleEditorHandle } from '../editor/ArticleEditor';
import { useActions, useAppState, useStore } from '../state/app-context';
import { currentReview, shownSuggestions } from '../state/suggestion-review';
import type { ClaimCommands } from '../workspace/claim-commands';
import { DocumentHeader } from './DocumentHeader';
import { useReadingPlaceOnResize } from './reading-place';

const NO_SUGGESTIONS: never[] = [];

interface ArticlePaneProps {
  document: StoredDocument;
  selectedClaimId: string | null;
  scrollRequest: { claimId: string; nonce: number } | null;
  commands: ClaimCommands;
}

export function ArticlePane({ document, selectedClaimId, scrollRequest, commands }: ArticlePaneProps) {
  const actions = useActions();
  const state = useAppState();
  const { library, correcting } = state;
  const review = currentReview(state);
  const suggestions = review ? shownSuggestions(review, state.document ?? document) : NO_SUGGESTIONS;
  const readOnly = library?.readOnly ?? false;
  // whether words are selected, and in which document: another document opened starts with none
  const [selection, setSelection] = useState<{ documentId: string; any: boolean }>({ documentId: document.id, any: false });
  const hasSelection = selection.documentId === document.id && selection.any;
  const replaceInput = useRef<HTMLInputElement>(null);
  const attachEditor = useCallback((handle: ArticleEditorHandle | null) => commands.attachEditor(handle), [commands]);
  const store = useStore();
  const subscribeToClaims = useCallback(
    (listener: (claims: readonly Claim[]) => void) =>
      store.subscribe(() => {
        const shown = store.getState().document;
        if (shown && shown.id === document.id && shown.content === document.content) listener(shown.claims);
      }),
    [store, document.id, document.content],
  );

  const sources = library?.sources;
  const kindOf = useMemo(() => new Map((sources ?? []).map((s) => [s.id, s.kind])), [sources]);
  const sourceKindOf = (claim: Claim) => (claim.sourceIds[0] ? (kindOf.get(claim.sourceIds[0]) ?? null) : null);
  const styleVersion = `${library?.settings.colorBy}:${[...kindOf.values()].join(',')}`;

  useEffect(() => {
    if (scrollRequest) {
      commands.editorView?.caretToClaim(scrollRequest.claimId);
      commands.editorView?.scrollToClaim(scrollRequest.claimId);
    }
  }, [scrollRequest, commands]);

  // The current suggestion is brought into view, however it became current (keys, list, undo).
  const currentSuggestion = review?.currentKey ?? null;
  useEffect(() => {
    if (currentSuggestion) commands.editorView?.scrollToSuggestion(currentSuggestion);
  }, [currentSuggestion, commands]);

  const scroller = useRef<HTMLDivElement>(null);
  const currentItem = currentSuggestion !== null ? `[data-suggestion-key="${CSS.escape(currentSuggestion)}"]` : selectedClaimId !== null ? `[data-claim-id="${CSS.escape(selectedClaimId)}"]` : null;
  useReadingPlaceOnResize(scroller, document.id, currentItem);

  // When the review opens, focus goes to the text, where its keys act: a button left focused (the
  // sidebar's document, say) would take Enter for itself while J, K and Delete act on suggestions.
  const reviewing = review !== null;
  useEffect(() => {
    if (reviewing && !window.document.activeElement?.closest('.article-text')) commands.editorView?.focus();
  }, [reviewing, commands]);

  const saveCorrections = () => {
    const corrections = commands.editorView?.corrections();
    if (corrections) void actions.texts.saveCorrections(document.id, corrections.content, corrections.claims);
  };

  return (
    // The toolbar sits above the scroller, not stuck inside it: focusing one of its buttons from
    // the keyboard scrolled the text to the toolbar's place in the flow.
    <>
      {correcting ? (
        <div className="article-toolbar article-toolbar--correcting" role="toolbar" aria-label="Text correction">
          <strong>Correcting the text.</strong>
          <span className="article-toolbar__hint">Claims follow your edits; a claim whose words you delete becomes an orphan. Ctrl+Z undoes an edit.</span>
          <button type="button" className="button article-toolbar__end" onClick={() => actions.texts.setCorrecting(false)}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={saveCorrections}>
            Save corrections
          </button>
        </div>
      ) : (
        <div className="article-toolbar" role="toolbar" aria-label="Article">
          <button type="button" className="button button--primary" disabled={!hasSelection || readOnly} onClick={() => commands.makeClaim() && commands.editorView?.focus()} title="Make a claim of the selected words (C or Enter)">
            Make claim <kbd>C</kbd>
          </button>
          {/* both hints take their place, the one not shown hidden: the toolbar keeps its height as a selection starts (the text jumped under the mouse) */}
          <span className="article-toolbar__hint">
            <span className={hasSelection ? 'is-hidden' : undefined}>Select words in the text to make a claim</span>
            <span className={hasSelection ? undefined : 'is-hidden'}>C: claim · A: cue of the selected claim · R: re-attach it here</span>
          </span>
          <div className="article-toolbar__end">
            <button type="button" className="button button--small" disabled={readOnly} onClick={() => actions.texts.setCorrecting(true)} title="Fix typos or trim boilerplate; claims follow the edits">
              Correct text
            </button>
            <button type="button" className="button button--small" disabled={readOnly} onClick={() => replaceInput.current?.click()} title="Load a newer version of this article; claims are re-anchored">
              Replace text…
            </button>
            <button type="button" className="button button--small" disabled={readOnly} onClick={() => void actions.trash.move([document.id])} title="Move this document to the trash">
              Move to trash
            </button>
          </div>
          <input
            ref={replaceInput}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Replace the text with a file"
            data-testid="replace-input"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void actions.texts.replaceText(document.id, file);
            }}
          />
        </div>
      )}
      {/* Keyed by document, so another document starts at the top in a fresh scroller: scrolling the
          old one back would make the browser lay out the whole new article before its first frame. */}
      <div className="article-scroller" key={document.id} ref={scroller}>
        <article className="article" lang={document.meta.language || undefined} dir={document.meta.dir === 'rtl' ? 'rtl' : undefined}>
          <DocumentHeader documentId={document.id} meta={document.meta} readOnly={readOnly || correcting} />
          <ArticleEditor
            ref={attachEditor}
            document={document}
            claims={document.claims}
            selectedClaimId={selectedClaimId}
            correcting={correcting}
            sourceKindOf={sourceKindOf}
            styleVersion={styleVersion}
            onSelectClaim={(id) => actions.claims.select(id)}
            onSelectionChange={(any) => setSelection({ documentId: document.id, any })}
            onOpenLink={(href) => actions.askToOpenLink(href)}
            subscribeToClaims={subscribeToClaims}
            suggestions={suggestions}
            currentSuggestionKey={review?.currentKey ?? null}
            onSelectSuggestion={(key) => actions.suggestions.select(key)}
          />
        </article>
      </div>
    </>
  );
}
