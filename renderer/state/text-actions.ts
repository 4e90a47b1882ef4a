// Changing a document's text: corrections made in the editor (claims follow the edits) and a newer
// version of the article from a file (claims re-anchored). Each is one step of the history: undo puts
// back the text and the claims from before it.
import { counted } from '@shared/text/counted';
import { withClaimsInTextOrder } from '@shared/domain/claim';
import type { DocNode } from '@shared/domain/content';
import type { StoredDocument } from '@shared/domain/document';
import { toBase64 } from './base64';
import type { ClaimActions } from './claim-actions';
import type { Session } from './session';
import type { CorrectedClaim } from './text-correction';

export class TextActions {
  constructor(
    private readonly session: Session,
    private readonly claims: ClaimActions,
    private readonly refreshLibrary: () => Promise<void>,
  ) {}

  private get store() {
    return this.session.store;
  }

  setCorrecting(correcting: boolean): void {
    this.store.update({ correcting });
  }

  /** The open document, if it is `documentId`: the version a text change starts from. */
  private openVersion(documentId: string): StoredDocument | null {
    const { document } = this.store.getState();
    return document?.id === documentId ? document : null;
  }

  /** Puts a text change on the history: undo puts back the text and claims from before it, redo those after it. */
  private recordTextChange(label: string, before: StoredDocument | null, after: StoredDocument): void {
    if (before === null) return;
    const restore = async (version: StoredDocument) => {
      const saved = await this.session.change('documents:restoreText', { documentId: version.id, content: version.content, claims: version.claims }, (doc) =>
        this.store.update((s) => (s.document?.id === doc.id ? { document: withClaimsInTextOrder(doc), selectedClaimId: null, correcting: false } : {})),
      );
      if (saved) void this.refreshLibrary();
      return saved !== null;
    };
    this.claims.record(label, () => restore(before), () => restore(after));
  }

  /** Saves text corrected in the editor, with where each claim went. */
  async saveCorrections(documentId: string, content: DocNode, claims: CorrectedClaim[]): Promise<boolean> {
    const before = this.openVersion(documentId);
    const doc = await this.session.change('documents:correctText', { documentId, content, claims }, (saved) => this.store.update({ document: withClaimsInTextOrder(saved), correcting: false }));
    if (doc) {
      this.recordTextChange('Correct text', before, doc);
      const orphans = doc.claims.filter((c) => c.anchor === 'orphan').length;
      const message = orphans ? `Corrections saved. ${orphans === 1 ? '1 claim lost its text and is' : `${orphans} claims lost their text and are`} listed as orphans.` : 'Corrections saved; every claim followed.';
      this.session.toast('info', message, this.claims.undoAction());
      void this.refreshLibrary();
    }
    return doc !== null;
  }

  /** Replaces the open document's text with a newer version of the article from a file. */
  async replaceText(documentId: string, file: File, confirm: (question: string) => boolean = (question) => window.confirm(question)): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const before = this.openVersion(documentId);
    const args = { documentId, fileName: file.name, dataBase64: toBase64(bytes) };
    this.store.update({ busy: `Reading ${file.name}` });
    // a text that would leave half the claims or more without their place (another article, picked by mistake) is confirmed first
    const preview = await this.session.query('documents:previewReplaceText', args);
    this.store.update({ busy: null });
    if (!preview) return;
    // claims without a place already do not count: the question is about the ones the text would lose
    const alreadyOrphaned = before?.claims.filter((c) => c.anchor === 'orphan').length ?? 0;
    const losing = preview.orphan - alreadyOrphaned;
    const placed = preview.exact + preview.moved + preview.fuzzy + losing;
    if (losing > 0 && losing * 2 >= placed && !confirm(replaceQuestion(file.name, losing, placed))) return;
    this.store.update({ busy: `Reading ${file.name}` });
    const result = await this.session.change('documents:replaceText', args, ({ document }) =>
      this.store.update({ document: withClaimsInTextOrder(document), selectedClaimId: null }),
    );
    this.store.update({ busy: null });
    if (!result) return;
    this.recordTextChange('Replace text', before, result.document);
    const { exact, moved, fuzzy, orphan } = result.anchors;
    this.session.toast('info', `Text replaced. Claims: ${exact} in place, ${moved} moved, ${fuzzy} matched approximately, ${orphan} orphaned.`, this.claims.undoAction());
    void this.refreshLibrary();
  }
}

/** The question before a replacement that would leave many claims without their place. */
function replaceQuestion(fileName: string, orphan: number, total: number): string {
  const kept = total - orphan;
  return `${fileName} shares little with this article's text: ${kept === 0 ? 'none' : `only ${kept}`} of its ${counted(total, 'claim')} would find ${kept === 1 ? 'its' : 'their'} words there. The other ${orphan} would be kept without a place (orphaned), to attach again by hand. Replace the text anyway? (Undo puts the old text back.)`;
}
