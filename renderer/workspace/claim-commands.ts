// The workspace's claim commands, shared by the keyboard and the command palette: each reads the
// latest state when it runs, so a key press never acts on a stale selection.
import type { ArticleEditorHandle } from '../editor/ArticleEditor';
import type { TextRange } from '@shared/text/text-span';
import type { Actions } from '../state/actions';
import type { AppStore } from '../state/app-store';

export class ClaimCommands {
  constructor(
    private readonly store: AppStore,
    private readonly actions: Actions,
  ) {}

  /** The article's editor, while one is shown (registered through a callback ref). */
  private editorHandle: ArticleEditorHandle | null = null;

  readonly attachEditor = (handle: ArticleEditorHandle | null): void => {
    this.editorHandle = handle;
  };

  get editorView(): ArticleEditorHandle | null {
    return this.editorHandle;
  }

  /**
   * While a claim is being made (until the core has it and it is selected): a second C or Enter
   * then would make it twice (the words are still selected), and a status, attribution, J/K or
   * Delete would act on the claim selected before it. Those wait for it instead.
   */
  private making: Promise<unknown> | null = null;

  /** Runs a claim key once the claim being made is made and selected (true: the key is taken); null when none is being made. */
  private afterMaking(run: () => boolean): true | null {
    if (this.making === null) return null;
    void this.making.then(run);
    return true;
  }

  private get state() {
    return this.store.getState();
  }

  private selected() {
    const { document, selectedClaimId } = this.state;
    return document?.claims.find((c) => c.id === selectedClaimId) ?? null;
  }

  /** The words selected in the text now, or as they were when the palette opened (`given`). */
  private selectedWords(given?: TextRange | null): TextRange | null {
    return given === undefined ? (this.editorView?.selectedRange() ?? null) : given;
  }

  /**
   * Makes a claim of the selected words; true when there were some. The palette passes the words
   * selected as it opened: once it closes, the text has the focus back but shows its caret at the
   * start for a moment, until the editor puts its selection back.
   */
  makeClaim(words?: TextRange | null): boolean {
    const { document } = this.state;
    if (this.making !== null) return true;
    const range = this.selectedWords(words);
    if (!document || !range) return false;
    // The same words twice would be two highlights drawn as one: select the claim already there.
    const existing = document.claims.find((c) => c.anchor !== 'orphan' && c.target.start === range.start && c.target.end === range.end);
    if (existing) {
      this.actions.claims.select(existing.id);
      this.actions.toast('info', 'These words are already a claim; it is selected. Add more sources to it, or select different words.');
      return true;
    }
    // the new claim is selected and the keys stay the text's: a number sets its attribution, a
    // status key its status (UX.md), Enter or S opens its Source field; a key typed into the Source
    // field instead ("v" of Verified) could pick an unrelated source on Enter
    this.making = this.actions.claims
      .create(document.id, range)
      .then((claim) => {
        if (claim) this.editorView?.collapseSelection(range);
      })
      .finally(() => {
        this.making = null;
      });
    return true;
  }

  /** Sets the selected words as the selected claim's cue ("informed sources told ..."). */
  attachCue(words?: TextRange | null): boolean {
    const claim = this.selected();
    const range = this.selectedWords(words);
    if (range && !claim) return this.needsClaim('A makes the selected words the cue of the claim selected');
    if (!claim || !range || !this.state.document) return false;
    void this.actions.claims.update(this.state.document.id, claim.id, { cue: range }, 'Set cue').then(() => this.editorView?.collapseSelection(range));
    return true;
  }

  /** Attaches the selected claim (an orphan, or a misplaced one) to the selected words. */
  reattach(words?: TextRange | null): boolean {
    const claim = this.selected();
    const range = this.selectedWords(words);
    if (range && !claim) return this.needsClaim('R attaches the claim selected to the selected words');
    if (!claim || !range || !this.state.document) return false;
    void this.actions.claims.update(this.state.document.id, claim.id, { target: range }, 'Re-attach claim').then(() => this.editorView?.collapseSelection(range));
    return true;
  }

  /** Says why a key about the selected claim did nothing: no claim is selected (the words stay selected). */
  private needsClaim(what: string): true {
    this.actions.toast('info', `${what}, and no claim is selected: select the claim first (click it in the list, or J/K), then the words.`);
    return true;
  }

  /** Moves to the next or previous claim; keeps focus where it was (the list or the text). */
  move(delta: 1 | -1): boolean {
    const waiting = this.afterMaking(() => this.move(delta));
    if (waiting) return waiting;
    const id = this.actions.claims.move(delta, this.editorView?.caretOffset() ?? null);
    if (!id) return false;
    const inList = document.activeElement?.hasAttribute('data-claim-item');
    // the caret goes with it, so the text given the focus back stays at this claim
    this.editorView?.caretToClaim(id);
    this.editorView?.scrollToClaim(id);
    if (inList) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-claim-item="${CSS.escape(id)}"]`)?.focus());
    return true;
  }

  setStatus(status: string): boolean {
    const waiting = this.afterMaking(() => this.setStatus(status));
    if (waiting) return waiting;
    const claim = this.selected();
    if (!claim || !this.state.document || claim.status === status) return Boolean(claim);
    void this.actions.claims.update(this.state.document.id, claim.id, { status }, 'Set status');
    return true;
  }

  setAttribution(attribution: string): boolean {
    const waiting = this.afterMaking(() => this.setAttribution(attribution));
    if (waiting) return waiting;
    const claim = this.selected();
    if (!claim || !this.state.document || claim.attribution === attribution) return Boolean(claim);
    void this.actions.claims.update(this.state.document.id, claim.id, { attribution }, 'Set attribution');
    return true;
  }

  /** Whether words are selected in the text (for a claim, a cue or a re-attachment). */
  hasSelectedWords(): boolean {
    return Boolean(this.editorView?.selectedRange());
  }

  /**
   * Delete or Backspace with words selected: about the text (which cannot change), not the claim
   * selected, unless the words are that claim's own (selected as it was put back). With another
   * claim selected the user is told why it stays, rather than nothing happening.
   */
  deleteWithWordsSelected(): boolean {
    const claim = this.selected();
    const range = this.editorView?.selectedRange();
    if (!claim || !range) return true;
    if (claim.anchor !== 'orphan' && claim.target.start === range.start && claim.target.end === range.end) return this.delete();
    this.actions.toast('info', 'Words are selected in the text, so Delete leaves the claim: press an arrow key (or click in the text) to let go of them, then Delete deletes the claim.');
    return true;
  }

  delete(): boolean {
    const waiting = this.afterMaking(() => this.delete());
    if (waiting) return waiting;
    const claim = this.selected();
    if (!claim || !this.state.document) return false;
    void this.actions.claims.delete(this.state.document.id, claim.id);
    return true;
  }

  /** Back to the text: focus the article at the selected claim. */
  backToText(): void {
    const claim = this.selected();
    if (claim) this.editorView?.focusClaim(claim.id);
    else this.editorView?.focus();
  }
}
