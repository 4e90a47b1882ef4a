// The article: a ProseMirror view of the document, read-only but selectable, with claims drawn as
// decorations. Claims arrive as props and are synced one by one; the parent reaches the view
// through an imperative handle (scroll to a claim, read the selection, focus).
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { offsetToPos, posToOffset } from '@shared/text/position-map';
import { trimRange, type TextRange } from '@shared/text/text-span';
import { claimHighlights, dispatchHighlights } from './plugins/claim-highlights';
import { claimKeys } from './plugins/claim-keys';
import { readOnlyText } from './plugins/read-only-text';
import { currentSelection } from './current-selection';
import { projectDoc } from './prosemirror-tree';
import { schema } from './schema';

export interface ArticleEditorHandle {
  /** The selected text as a trimmed projection range, or null when nothing is selected. */
  selectedRange(): TextRange | null;
  /** Collapses the selection to its end (after a claim is made of it). */
  collapseSelection(): void;
  scrollToClaim(claimId: string): void;
  /** Puts the caret (and focus) at a claim's start, for keyboard work from there. */
  focusClaim(claimId: string): void;
  focus(): void;
}

interface ArticleEditorProps {
  document: StoredDocument;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string) => void;
  onMakeClaim: () => void;
  onSelectionChange: (hasSelection: boolean) => void;
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, ArticleEditorProps>(function ArticleEditor(props, ref) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const syncedClaims = useRef(new Map<string, Claim>());
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    const doc = Node.fromJSON(schema, props.document.content);
    const state = EditorState.create({
      doc,
      plugins: [
        claimKeys({ onMakeClaim: () => callbacks.current.onMakeClaim() }),
        readOnlyText(),
        claimHighlights({ onClickClaim: (id) => callbacks.current.onSelectClaim(id) }),
      ],
    });
    const view = new EditorView(mountRef.current!, {
      state,
      attributes: { class: 'article-text', 'aria-label': 'Article text', spellcheck: 'false', role: 'document' },
      dispatchTransaction(tr) {
        const before = view.state.selection;
        view.updateState(view.state.apply(tr));
        if (!before.eq(view.state.selection)) callbacks.current.onSelectionChange(!view.state.selection.empty);
      },
    });
    viewRef.current = view;
    syncedClaims.current = new Map();
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, [props.document.id, props.document.content]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const synced = syncedClaims.current;
    if (synced.size === 0) {
      dispatchHighlights(view, { type: 'set', claims: props.claims, selectedId: callbacks.current.selectedClaimId });
      for (const claim of props.claims) synced.set(claim.id, claim);
      return;
    }
    const present = new Set<string>();
    for (const claim of props.claims) {
      present.add(claim.id);
      if (synced.get(claim.id) !== claim) {
        dispatchHighlights(view, { type: 'upsert', claim });
        synced.set(claim.id, claim);
      }
    }
    for (const id of [...synced.keys()]) {
      if (!present.has(id)) {
        dispatchHighlights(view, { type: 'remove', claimId: id });
        synced.delete(id);
      }
    }
  }, [props.claims, props.document.id, props.document.content]);

  useEffect(() => {
    const view = viewRef.current;
    if (view) dispatchHighlights(view, { type: 'select', claimId: props.selectedClaimId });
  }, [props.selectedClaimId, props.document.id, props.document.content]);

  useImperativeHandle(ref, () => ({
    selectedRange() {
      const view = viewRef.current;
      if (!view) return null;
      const { from, to } = currentSelection(view);
      if (from === to) return null;
      const projection = projectDoc(view.state.doc);
      return trimRange(projection.text, posToOffset(projection, from), posToOffset(projection, to));
    },
    collapseSelection() {
      const view = viewRef.current;
      if (!view) return;
      const { from, to } = currentSelection(view);
      if (from !== to) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
    },
    scrollToClaim(claimId) {
      const element = mountRef.current?.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`);
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    focusClaim(claimId) {
      const view = viewRef.current;
      const claim = syncedClaims.current.get(claimId);
      if (!view || !claim) return;
      const pos = offsetToPos(projectDoc(view.state.doc), claim.target.start);
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
      view.focus();
    },
    focus() {
      viewRef.current?.focus();
    },
  }));

  return <div ref={mountRef} className="article-mount" />;
});
