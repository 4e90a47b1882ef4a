// Text-correction mode: the plugins that make the article editable (with its own undo history),
// and, when the corrections are saved, where each claim went (read from its highlight, which
// ProseMirror maps through every edit).
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { EditorState, Plugin } from 'prosemirror-state';
import type { DocNode } from '@shared/domain/content';
import { posToOffset } from '@shared/text/position-map';
import type { CorrectedClaim } from '../state/text-correction';
import { claimHighlightsKey } from './plugins/claim-highlights';
import { projectDoc } from './prosemirror-tree';

export function correctionPlugins(): Plugin[] {
  return [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)];
}

/** The corrected content and each claim's new range (or its loss). */
export function correctedDocument(state: EditorState, claimIds: readonly string[]): { content: DocNode; claims: CorrectedClaim[] } {
  const projection = projectDoc(state.doc);
  const spans = new Map<string, { from: number; to: number }>();
  const decorations = claimHighlightsKey.getState(state)?.decorations;
  for (const decoration of decorations?.find(undefined, undefined, (spec) => (spec as { kind?: string }).kind === 'claim') ?? []) {
    const id = (decoration.spec as { claimId: string }).claimId;
    const span = spans.get(id);
    spans.set(id, span ? { from: Math.min(span.from, decoration.from), to: Math.max(span.to, decoration.to) } : { from: decoration.from, to: decoration.to });
  }
  const claims = claimIds.map((id): CorrectedClaim => {
    const span = spans.get(id);
    if (!span) return { id, orphan: true };
    const start = posToOffset(projection, span.from);
    const end = posToOffset(projection, span.to);
    return end > start ? { id, start, end } : { id, orphan: true };
  });
  return { content: state.doc.toJSON() as DocNode, claims };
}
