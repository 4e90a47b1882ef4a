// The article: a ProseMirror view of the document, read-only but selectable (editable only in
// text-correction mode), with claims drawn as decorations. Claims arrive as props (and straight
// from the store, when the parent subscribes the editor to it) and are synced one by one; the
// parent reaches the view through an imperative handle. Highlight updates are timed with
// performance marks ("corroborate:highlights"), which the editor benchmark reads.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef } from 'react';
import { Node } from 'prosemirror-model';
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Claim } from '@shared/domain/claim';
import type { StoredDocument } from '@shared/domain/document';
import { offsetToPos, posToOffset } from '@shared/text/position-map';
import { trimRange, type TextRange } from '@shared/text/text-span';
import type { CorrectedClaim } from '../state/text-correction';
import type { DocNode } from '@shared/domain/content';
import { correctedDocument, correctionPlugins } from './correction';
import { currentSelection } from './current-selection';
import { articleLinks } from './plugins/article-links';
import { claimHighlights, claimHighlightsKey, dispatchHighlights, type HighlightAction, type SourceKindOf } from './plugins/claim-highlights';
import { readOnlyText } from './plugins/read-only-text';
import { suggestionHighlights, suggestionHighlightsKey, type SuggestionHighlightAction, type SuggestionMark } from './plugins/suggestion-highlights';
import { projectDoc } from './prosemirror-tree';
import { schema } from './schema';
import { safeLinkUrl } from '@shared/domain/safe-url';

export interface ArticleEditorHandle {
  /** The selected text as a trimmed projection range, or null when nothing is selected. */
  selectedRange(): TextRange | null;
  /**
   * Collapses the selection to its end (after a claim, a cue or a re-attachment is made of it),
   * if it is still those words: words selected since (while the change was being saved) stay.
   */
  collapseSelection(words: TextRange): void;
  scrollToClaim(claimId: string): void;
  /** Scrolls a suggestion into the middle of the view, unless it is in view already. */
  scrollToSuggestion(key: string): void;
  /** The address of the link the caret is in (or the selection starts in), or null: links open from the keyboard too. */
  linkAtCaret(): string | null;
  /** Puts the caret (and focus) at a claim's start, for keyboard work from there. */
  focusClaim(claimId: string): void;
  /**
   * Puts the caret at a claim's start without taking the focus (J and K, a claim chosen in the
   * list): the text, given the focus back later (a dialog closed), then stays at that claim.
   */
  caretToClaim(claimId: string): void;
  /** Where the caret (the selection's head) is, as an offset in the text projection. */
  caretOffset(): number | null;
  focus(): void;
  /** In correction mode: the corrected content and where each claim went. */
  corrections(): { content: DocNode; claims: CorrectedClaim[] } | null;
}

interface ArticleEditorProps {
  document: StoredDocument;
  claims: readonly Claim[];
  selectedClaimId: string | null;
  correcting: boolean;
  sourceKindOf: SourceKindOf;
  /** changes when the way claims are coloured changes, so every highlight is redrawn */
  styleVersion: string;
  onSelectClaim: (claimId: string) => void;
  onSelectionChange: (hasSelection: boolean) => void;
  onOpenLink: (href: string) => void;
  /** suggested claims under review, drawn with a dashed outline */
  suggestions: readonly SuggestionMark[];
  currentSuggestionKey: string | null;
  onSelectSuggestion: (key: string) => void;
  /**
   * Calls the listener with this document's claims whenever they change, as soon as they do
   * (before React re-renders); returns the unsubscribe function.
   */
  subscribeToClaims?: (listener: (claims: readonly Claim[]) => void) => () => void;
}

/** Applies a highlight change and records how long it took to reach the page. */
function timedDispatch(view: EditorView, action: HighlightAction): void {
  const start = performance.now();
  dispatchHighlights(view, action);
  performance.measure('corroborate:highlights', { start, detail: action.type });
}

/** The words selected in the view as a trimmed range of its text projection, or null when none are. */
function selectedRangeOf(view: EditorView): TextRange | null {
  const { from, to } = currentSelection(view);
  if (from === to) return null;
  const projection = projectDoc(view.state.doc);
  return trimRange(projection.text, posToOffset(projection, from), posToOffset(projection, to));
}

export const ArticleEditor = forwardRef<ArticleEditorHandle, ArticleEditorProps>(function ArticleEditor(props, ref) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const syncedClaims = useRef(new Map<string, Claim>());
  /** the claims the highlights were last brought in line with */
  const lastSynced = useRef<readonly Claim[] | null>(null);
  /** whether the view's plugins are the correction-mode ones */
  const builtForCorrection = useRef(false);
  const callbacks = useRef(props);
  callbacks.current = props;

  const pluginsFor = (correcting: boolean): Plugin[] => [
    ...(correcting ? correctionPlugins() : [readOnlyText(), articleLinks((href) => callbacks.current.onOpenLink(href))]),
    claimHighlights({ onClickClaim: (id) => callbacks.current.onSelectClaim(id), sourceKindOf: (claim) => callbacks.current.sourceKindOf(claim) }),
    ...(correcting ? [] : [suggestionHighlights({ onClickSuggestion: (key) => callbacks.current.onSelectSuggestion(key) })]),
  ];

  useEffect(() => {
    const start = performance.now();
    const doc = Node.fromJSON(schema, props.document.content);
    // The highlights go into the first state, so the article is drawn once, already highlighted.
    const plain = EditorState.create({ doc, plugins: pluginsFor(false) });
    const highlighted = plain.apply(plain.tr.setMeta(claimHighlightsKey, { type: 'set', claims: props.claims, selectedId: callbacks.current.selectedClaimId } satisfies HighlightAction));
    const view = new EditorView(mountRef.current!, {
      state: highlighted,
      attributes: { class: 'article-text', 'aria-label': 'Article text', spellcheck: 'false', role: 'document' },
      dispatchTransaction(tr) {
        const before = view.state.selection;
        view.updateState(view.state.apply(tr));
        if (!before.eq(view.state.selection)) callbacks.current.onSelectionChange(!view.state.selection.empty);
      },
    });
    viewRef.current = view;
    syncedClaims.current = new Map(props.claims.map((c) => [c.id, c]));
    builtForCorrection.current = false;
    mountRef.current?.setAttribute('data-ready', String(props.claims.length));
    performance.measure('corroborate:open-document', { start });
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The view is made once per document text: pluginsFor reads its callbacks through a ref, and
    // later claim changes reach the view through the effect below, not by rebuilding it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.document.id, props.document.content]);

  // Text-correction mode swaps the plugins; leaving it without saving restores the stored text.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || builtForCorrection.current === props.correcting) return;
    const doc = props.correcting ? view.state.doc : Node.fromJSON(schema, props.document.content);
    view.updateState(EditorState.create({ doc, plugins: pluginsFor(props.correcting) }));
    builtForCorrection.current = props.correcting;
    syncedClaims.current = new Map();
    if (props.correcting) view.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.correcting]);

  /** Brings the highlights in line with `claims`: only the claims that changed are redrawn. */
  const syncClaims = useCallback((claims: readonly Claim[]) => {
    const view = viewRef.current;
    if (!view) return;
    lastSynced.current = claims;
    const synced = syncedClaims.current;
    if (synced.size === 0) {
      timedDispatch(view, { type: 'set', claims, selectedId: callbacks.current.selectedClaimId });
      for (const claim of claims) synced.set(claim.id, claim);
      mountRef.current?.setAttribute('data-ready', String(claims.length));
      return;
    }
    const present = new Set<string>();
    for (const claim of claims) {
      present.add(claim.id);
      if (synced.get(claim.id) !== claim) {
        timedDispatch(view, { type: 'upsert', claim });
        synced.set(claim.id, claim);
      }
    }
    for (const id of [...synced.keys()]) {
      if (!present.has(id)) {
        timedDispatch(view, { type: 'remove', claimId: id });
        synced.delete(id);
      }
    }
    mountRef.current?.setAttribute('data-ready', String(claims.length));
  }, []);

  useEffect(() => syncClaims(props.claims), [syncClaims, props.claims, props.document.id, props.document.content, props.correcting]);

  // Changed claims also come straight from the store, before React renders the panes around the
  // article again: a highlight is redrawn at once, and its update costs only its own redraw, not
  // the layout of everything else the change re-renders (the list, the inspector).
  const { subscribeToClaims } = props;
  useEffect(
    () =>
      subscribeToClaims?.((claims) => {
        if (claims !== lastSynced.current) syncClaims(claims);
      }),
    [syncClaims, subscribeToClaims],
  );

  // A new colour scheme (or a renamed source kind) restyles every highlight; the first render
  // already drew them in the current one.
  const drawnStyle = useRef(props.styleVersion);
  useEffect(() => {
    const view = viewRef.current;
    if (drawnStyle.current === props.styleVersion) return;
    drawnStyle.current = props.styleVersion;
    if (view && syncedClaims.current.size > 0) timedDispatch(view, { type: 'set', claims: [...syncedClaims.current.values()], selectedId: callbacks.current.selectedClaimId });
  }, [props.styleVersion]);

  useEffect(() => {
    const view = viewRef.current;
    if (view) timedDispatch(view, { type: 'select', claimId: props.selectedClaimId });
  }, [props.selectedClaimId, props.document.id, props.document.content, props.correcting]);

  // The suggestions go to the highlights plugin at each change (it redraws only what a new current
  // suggestion touches); a rebuilt view gets them again.
  useEffect(() => {
    const view = viewRef.current;
    if (!view || props.correcting) return;
    view.dispatch(view.state.tr.setMeta(suggestionHighlightsKey, { type: 'set', suggestions: props.suggestions, currentKey: props.currentSuggestionKey } satisfies SuggestionHighlightAction));
  }, [props.suggestions, props.currentSuggestionKey, props.document.id, props.document.content, props.correcting]);

  useImperativeHandle(ref, () => ({
    selectedRange() {
      return viewRef.current ? selectedRangeOf(viewRef.current) : null;
    },
    collapseSelection(words) {
      const view = viewRef.current;
      const selected = view ? selectedRangeOf(view) : null;
      if (!view || !selected || selected.start !== words.start || selected.end !== words.end) return;
      const { from, to } = currentSelection(view);
      if (from !== to) view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, to)));
      // without the focus (the Make claim button has it) ProseMirror leaves the page's selection as
      // it was, and the words would still show as selected, for C, A and Delete to misread
      const shown = view.dom.ownerDocument.getSelection();
      if (shown && !shown.isCollapsed && shown.focusNode && view.dom.contains(shown.focusNode)) shown.collapseToEnd();
    },
    scrollToClaim(claimId) {
      const element = mountRef.current?.querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`);
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    scrollToSuggestion(key) {
      const element = mountRef.current?.querySelector(`[data-suggestion-key="${CSS.escape(key)}"]`);
      const scroller = element?.closest('.article-scroller');
      if (!element || !scroller) return;
      const [shown, view] = [element.getBoundingClientRect(), scroller.getBoundingClientRect()];
      if (shown.top < view.top || shown.bottom > view.bottom) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    linkAtCaret() {
      const view = viewRef.current;
      if (!view) return null;
      // where the browser shows the caret (ProseMirror's state may not have caught up with it yet)
      const $from = view.state.doc.resolve(currentSelection(view).from);
      const marks = [...$from.marks(), ...($from.nodeAfter?.marks ?? [])];
      const link = marks.find((mark) => mark.type === schema.marks.link);
      // the address the click would open: only a safe one (as the schema draws it)
      return link ? safeLinkUrl(String(link.attrs.href)) || null : null;
    },
    focusClaim(claimId) {
      this.caretToClaim(claimId);
      viewRef.current?.focus();
    },
    caretOffset() {
      const view = viewRef.current;
      return view ? posToOffset(projectDoc(view.state.doc), currentSelection(view).head) : null;
    },
    caretToClaim(claimId) {
      const view = viewRef.current;
      const claim = syncedClaims.current.get(claimId);
      if (!view || !claim || claim.anchor === 'orphan') return;
      const pos = offsetToPos(projectDoc(view.state.doc), claim.target.start);
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
    },
    focus() {
      viewRef.current?.focus();
    },
    corrections() {
      const view = viewRef.current;
      return view && callbacks.current.correcting ? correctedDocument(view.state, callbacks.current.claims.map((c) => c.id)) : null;
    },
  }));

  return <div ref={mountRef} className={props.correcting ? 'article-mount is-correcting' : 'article-mount'} />;
});
