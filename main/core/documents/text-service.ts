// Changing a document's text after import: corrections made in the editor (claims follow the
// edits, their selectors recomputed), or a newer version of the article from a file (every claim
// re-anchored: exact, moved, fuzzy or orphan); and an earlier text put back, for undo.
import type { ParsedArgs } from '@shared/bridge/contract';
import { AppFailure } from '@shared/bridge/result';
import type { AnchorState, Claim } from '@shared/domain/claim';
import { placeProblem } from '@shared/domain/claim-operations';
import type { DocNode } from '@shared/domain/content';
import type { StoredDocument } from '@shared/domain/document';
import { anchorSpan } from '@shared/text/anchoring';
import { projectText } from '@shared/text/projection';
import { rangeProblem, spanAt } from '@shared/text/text-span';
import type { LibraryStore } from '../store/library-store';
import { contentHash } from './content-hash';
import type { FileParser } from './file-parser';

export type AnchorCounts = Record<AnchorState, number>;

/** Re-anchors a claim in new text by its selectors; its cue too, dropped if it cannot be found. */
function reanchor(claim: Claim, text: string): Claim {
  const found = anchorSpan(text, claim.target);
  const target = found.state === 'orphan' ? claim.target : spanAt(text, found.start, found.end);
  const cueFound = claim.cue ? anchorSpan(text, claim.cue) : null;
  const cue = claim.cue && cueFound && cueFound.state !== 'orphan' ? spanAt(text, cueFound.start, cueFound.end) : null;
  return { ...claim, target, anchor: found.state, cue };
}

function counts(claims: readonly Claim[]): AnchorCounts {
  const result: AnchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphan: 0 };
  for (const claim of claims) result[claim.anchor]++;
  return result;
}

export class TextService {
  constructor(
    private readonly store: LibraryStore,
    private readonly parser: FileParser,
    private readonly clock: () => string,
  ) {}

  private withText(doc: StoredDocument, content: DocNode, claims: Claim[]): StoredDocument {
    const at = this.clock();
    return { ...doc, content, claims, meta: { ...doc.meta, contentHash: contentHash(content), updatedAt: at } };
  }

  /** Saves text corrected in the editor, with where each claim went (as the editor mapped it). */
  async correct(args: ParsedArgs<'documents:correctText'>): Promise<StoredDocument> {
    const text = projectText(args.content);
    if (text.trim() === '') throw new AppFailure('invalid-argument', 'The corrected text is empty.');
    const placed = new Map(args.claims.map((c) => [c.id, c]));
    return this.store.updateDocument(args.documentId, (doc) => {
      const claims = doc.claims.map((claim): Claim => {
        const where = placed.get(claim.id);
        if (!where) return reanchor(claim, text);
        if ('orphan' in where || rangeProblem(text, where.start, where.end)) return { ...claim, anchor: 'orphan' };
        const cue = claim.cue ? anchorSpan(text, claim.cue) : null;
        return {
          ...claim,
          target: spanAt(text, where.start, where.end),
          anchor: 'exact',
          cue: claim.cue && cue && cue.state !== 'orphan' ? spanAt(text, cue.start, cue.end) : null,
        };
      });
      return this.withText(doc, args.content, claims);
    });
  }

  /**
   * Puts back a document's earlier text (undo and redo of a correction or a replacement). Each
   * claim the earlier version held goes back to where it was then; everything else about it is
   * kept as it is now (a tag renamed since, a source merged since), and a claim made since (an
   * annotation file merged after the change) is re-anchored in that text rather than dropped. A
   * claim whose earlier place does not fit the text refuses the whole step, and nothing changes.
   */
  async restore(args: ParsedArgs<'documents:restoreText'>): Promise<StoredDocument> {
    const text = projectText(args.content);
    if (text.trim() === '') throw new AppFailure('invalid-argument', 'The text to put back is empty.');
    for (const claim of args.claims) {
      const problem = placeProblem(claim, text);
      if (problem) throw new AppFailure('invalid-argument', `The earlier text cannot be put back: claim ${claim.id}: ${problem}.`);
    }
    const earlier = new Map(args.claims.map((c) => [c.id, c]));
    return this.store.updateDocument(args.documentId, (doc) => {
      const claims = doc.claims.map((claim): Claim => {
        const then = earlier.get(claim.id);
        return then ? { ...claim, target: then.target, cue: then.cue, anchor: then.anchor } : reanchor(claim, text);
      });
      return this.withText(doc, args.content, claims);
    });
  }

  /** Where a document's claims would be in a newer version of its text from a file, without replacing it. */
  async previewReplace(args: ParsedArgs<'documents:previewReplaceText'>): Promise<AnchorCounts> {
    const parsed = await this.parser.parse({ kind: 'file', fileName: args.fileName, bytes: Buffer.from(args.dataBase64, 'base64') });
    const text = projectText(parsed.content);
    return counts((await this.store.getDocument(args.documentId)).claims.map((c) => reanchor(c, text)));
  }

  /** Replaces a document's text with a newer version of the article, re-anchoring every claim. */
  async replace(args: ParsedArgs<'documents:replaceText'>): Promise<{ document: StoredDocument; anchors: AnchorCounts }> {
    const parsed = await this.parser.parse({ kind: 'file', fileName: args.fileName, bytes: Buffer.from(args.dataBase64, 'base64') });
    const text = projectText(parsed.content);
    const document = await this.store.updateDocument(args.documentId, (doc) => this.withText(doc, parsed.content, doc.claims.map((c) => reanchor(c, text))));
    return { document, anchors: counts(document.claims) };
  }
}
