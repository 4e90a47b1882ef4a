// Claims drawn as inline decorations computed from the claim records, never stored as marks:
// the text stays pristine and claims overlap freely. Changes to one claim touch only its own
// decorations, so restyling stays within a frame on documents with thousands of claims.
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import { currentSelection } from '../current-selection';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Claim } from '@shared/domain/claim';
import { offsetToPos } from '@shared/text/position-map';
import { projectDoc } from '../prosemirror-tree';

export interface HighlightState {
  decorations: DecorationSet;
  selectedId: string | null;
}

export type HighlightAction =
  | { type: 'set'; claims: readonly Claim[]; selectedId: string | null }
  | { type: 'upsert'; claim: Claim }
  | { type: 'remove'; claimId: string }
  | { type: 'select'; claimId: string | null };

export const claimHighlightsKey = new PluginKey<HighlightState>('claimHighlights');

interface ClaimSpec {
  claimId: string;
  kind: 'claim' | 'cue';
}

/** The kind of a claim's first source, for colouring by source kind. */
export type SourceKindOf = (claim: Claim) => string | null;

function decorationsFor(doc: Node, claim: Claim, selected: boolean, sourceKindOf: SourceKindOf): Decoration[] {
  if (claim.anchor === 'orphan') return [];
  const projection = projectDoc(doc);
  const from = offsetToPos(projection, claim.target.start);
  const to = offsetToPos(projection, claim.target.end);
  if (to <= from) return [];
  const attrs: Record<string, string> = {
    // an element of its own, so overlapping claims nest and their tints add up (UX.md: they darken)
    nodeName: 'span',
    class: selected ? 'claim-hl is-selected' : 'claim-hl',
    'data-claim-id': claim.id,
    'data-status': claim.status,
    'data-attribution': claim.attribution,
    'data-source-kind': sourceKindOf(claim) ?? 'none',
  };
  const decorations = [Decoration.inline(from, to, attrs, { claimId: claim.id, kind: 'claim' } satisfies ClaimSpec)];
  if (claim.cue) {
    const cueFrom = offsetToPos(projection, claim.cue.start);
    const cueTo = offsetToPos(projection, claim.cue.end);
    if (cueTo > cueFrom) decorations.push(Decoration.inline(cueFrom, cueTo, { class: 'claim-cue', 'data-cue-of': claim.id }, { claimId: claim.id, kind: 'cue' } satisfies ClaimSpec));
  }
  return decorations;
}

const ofClaim = (set: DecorationSet, claimId: string) =>
  set.find(undefined, undefined, (spec) => (spec as ClaimSpec).claimId === claimId);

/**
 * Sends an action to the plugin. Redrawing a highlight replaces its DOM nodes, which would put
 * the browser's selection back to ProseMirror's (read a moment later than the user moves it), so
 * the selection as the user sees it is taken into the same transaction.
 */
export function dispatchHighlights(view: EditorView, action: HighlightAction): void {
  const tr = view.state.tr.setMeta(claimHighlightsKey, action);
  // Reading the browser's selection makes it lay out the page (hundreds of ms on a long article),
  // so it is read only when the user can be selecting in the article: when it has focus.
  if (view.hasFocus()) {
    const { anchor, head } = currentSelection(view);
    const { selection, doc } = view.state;
    if ((anchor !== selection.anchor || head !== selection.head) && anchor <= doc.content.size && head <= doc.content.size) {
      tr.setSelection(TextSelection.create(doc, anchor, head));
    }
  }
  view.dispatch(tr);
}

function apply(tr: Transaction, value: HighlightState, state: EditorState, claimsById: Map<string, Claim>, sourceKindOf: SourceKindOf): HighlightState {
  const action = tr.getMeta(claimHighlightsKey) as HighlightAction | undefined;
  if (!action) return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
  const { doc } = state;
  switch (action.type) {
    case 'set': {
      claimsById.clear();
      for (const claim of action.claims) claimsById.set(claim.id, claim);
      const all = action.claims.flatMap((c) => decorationsFor(doc, c, c.id === action.selectedId, sourceKindOf));
      return { decorations: DecorationSet.create(doc, all), selectedId: action.selectedId };
    }
    case 'upsert': {
      claimsById.set(action.claim.id, action.claim);
      const without = value.decorations.remove(ofClaim(value.decorations, action.claim.id));
      const added = decorationsFor(doc, action.claim, action.claim.id === value.selectedId, sourceKindOf);
      return { ...value, decorations: without.add(doc, added) };
    }
    case 'remove': {
      claimsById.delete(action.claimId);
      const selectedId = value.selectedId === action.claimId ? null : value.selectedId;
      return { decorations: value.decorations.remove(ofClaim(value.decorations, action.claimId)), selectedId };
    }
    case 'select': {
      let decorations = value.decorations;
      for (const id of [value.selectedId, action.claimId]) {
        const claim = id ? claimsById.get(id) : undefined;
        if (!claim) continue;
        decorations = decorations.remove(ofClaim(decorations, claim.id)).add(doc, decorationsFor(doc, claim, claim.id === action.claimId, sourceKindOf));
      }
      return { decorations, selectedId: action.claimId };
    }
  }
}

/** The ids of the claims whose highlight covers a position, shortest (innermost) first. */
export function claimsAt(state: EditorState, pos: number): string[] {
  const value = claimHighlightsKey.getState(state);
  if (!value) return [];
  const found = value.decorations.find(pos, pos, (spec) => (spec as ClaimSpec).kind === 'claim');
  found.sort((a, b) => a.to - a.from - (b.to - b.from));
  return [...new Set(found.map((d) => (d.spec as ClaimSpec).claimId))];
}

export interface ClaimHighlightsOptions {
  /** A click on highlighted text selects a claim; repeated clicks cycle through overlapping ones. */
  onClickClaim: (claimId: string) => void;
  sourceKindOf: SourceKindOf;
}

export function claimHighlights(options: ClaimHighlightsOptions): Plugin<HighlightState> {
  const claimsById = new Map<string, Claim>();
  return new Plugin<HighlightState>({
    key: claimHighlightsKey,
    state: {
      init: () => ({ decorations: DecorationSet.empty, selectedId: null }),
      apply: (tr, value, _old, state) => apply(tr, value, state, claimsById, options.sourceKindOf),
    },
    props: {
      decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
      handleClick(view, pos) {
        if (!view.state.selection.empty) return false;
        const ids = claimsAt(view.state, pos);
        if (ids.length === 0) return false;
        const current = claimHighlightsKey.getState(view.state)?.selectedId ?? null;
        const index = current ? ids.indexOf(current) : -1;
        options.onClickClaim(ids[(index + 1) % ids.length]!);
        return false;
      },
    },
  });
}
