// Reviewing suggested claims: ask the core for them, move between them, edit one, accept it (an
// ordinary claim, status unverified, one step of the history) or reject it (kept in the document,
// so it does not come back; undo takes the rejection back), or accept all above a confidence.
import type { ClaimChanges } from '@shared/domain/claim';
import { SourceNames, type Source } from '@shared/domain/source';
import { DEFAULT_STATUS } from '@shared/domain/taxonomy';
import type { OfferedSuggestion } from '@shared/suggest/offered-suggestion';
import type { ClaimActions } from './claim-actions';
import type { RegistryActions } from './registry-actions';
import type { Session } from './session';
import { confidencePercent, currentReview, DEFAULT_THRESHOLD, isAtOrAbove, proposedAttribution, proposedSource, shownSuggestions, type SuggestionDraft, type SuggestionReview } from './suggestion-review';
import { counted } from '@shared/text/counted';

const percent = (n: number) => `${confidencePercent(n)}%`;

/** Why no claims are suggested in an article in another language than English, and what to do if its language is wrong. */
function unsupportedLanguageMessage(language: string): string {
  let name = language;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    // (a tag Intl does not know is shown as it is)
  }
  return `Claims are suggested in English articles only, and this one is in ${name}. If that is wrong, correct its language with Edit details, above the article.`;
}

/** Why a review shows nothing: the detector found no attribution, or every one it found is a claim already or was rejected. */
function noSuggestionsMessage(found: number): string {
  if (found === 0) return 'No suggestions: no attributions were found in this article.';
  return found === 1 ? 'No suggestions: the one attribution found in this article is already a claim, or was rejected.' : `No suggestions: the ${found} attributions found in this article are already claims, or were rejected.`;
}

export class SuggestionActions {
  constructor(
    private readonly session: Session,
    private readonly claims: ClaimActions,
    private readonly registry: RegistryActions,
  ) {}

  private get store() {
    return this.session.store;
  }

  private review(): SuggestionReview | null {
    return currentReview(this.store.getState());
  }

  private shown(): OfferedSuggestion[] {
    const review = this.review();
    const { document } = this.store.getState();
    return review && document ? shownSuggestions(review, document) : [];
  }

  private patch(change: (review: SuggestionReview) => Partial<SuggestionReview>): void {
    this.store.update((s) => (s.suggestions ? { suggestions: { ...s.suggestions, ...change(s.suggestions) } } : {}));
  }

  /** Finds the open document's suggestions (again) and shows them, the first one current. */
  async open(): Promise<void> {
    const { document, suggestions } = this.store.getState();
    if (!document) return;
    const threshold = suggestions?.threshold ?? DEFAULT_THRESHOLD;
    this.store.update({ suggestions: { documentId: document.id, content: document.content, loading: true, items: [], currentKey: null, threshold, drafts: {} }, selectedClaimId: null });
    const found = await this.session.query('suggestions:list', { documentId: document.id });
    const review = this.review();
    if (!review || review.documentId !== document.id) return;
    if (!found) return this.close();
    if (!found.supported) {
      this.close();
      this.session.toast('info', unsupportedLanguageMessage(found.language));
      return;
    }
    this.patch(() => ({ loading: false, items: found.suggestions }));
    const shown = this.shown();
    this.patch(() => ({ currentKey: shown[0]?.key ?? null }));
    if (shown.length === 0) this.session.toast('info', noSuggestionsMessage(found.found));
  }

  close(): void {
    this.store.update({ suggestions: null });
  }

  select(key: string | null): void {
    this.patch(() => ({ currentKey: key }));
  }

  /** Makes the next (1) or previous (-1) suggestion current; its key, or null when there is none. */
  move(delta: 1 | -1): string | null {
    const shown = this.shown();
    if (shown.length === 0) return null;
    const index = shown.findIndex((s) => s.key === this.review()?.currentKey);
    const next = index < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, index + delta));
    this.select(shown[next]!.key);
    return shown[next]!.key;
  }

  edit(key: string, changes: SuggestionDraft): void {
    this.patch((review) => ({ drafts: { ...review.drafts, [key]: { ...review.drafts[key], ...changes } } }));
  }

  setThreshold(threshold: number): void {
    this.patch(() => ({ threshold }));
  }

  /** The suggestion after the given ones that is not among them, to make current next. */
  private after(keys: ReadonlySet<string>): string | null {
    const shown = this.shown();
    const last = shown.findLastIndex((s) => keys.has(s.key));
    return shown.slice(last + 1).find((s) => !keys.has(s.key))?.key ?? shown.slice(0, last).findLast((s) => !keys.has(s.key))?.key ?? null;
  }

  /**
   * The claims the suggestions would become, their sources found or made first (all in one call):
   * null when that call fails. `created` gets the sources made for them, this step's to take back.
   */
  private async claimDrafts(suggestions: readonly OfferedSuggestion[], created: Source[]): Promise<Array<{ range: { start: number; end: number }; changes: ClaimChanges }> | null> {
    const { library } = this.store.getState();
    const review = this.review();
    if (!library || !review) return null;
    const names = new SourceNames(library.sources);
    const byName = (name: string) => names.find(name);
    const proposals = suggestions.map((suggestion) => {
      const draft = review.drafts[suggestion.key];
      const proposed = proposedSource(suggestion, draft, library.sources, byName);
      const kind = library.taxonomy.sourceKinds.some((k) => k.id === proposed.kind) ? proposed.kind : library.taxonomy.sourceKinds.at(-1)!.id;
      const asked = !proposed.existing && proposed.name.trim() !== '' ? { name: proposed.name.trim(), kind } : null;
      return { suggestion, draft, existing: proposed.existing, asked };
    });
    const asked = proposals.flatMap((p) => (p.asked ? [p.asked] : []));
    const answers = asked.length === 0 ? [] : await this.registry.createSources(asked);
    if (!answers) return null;
    // the core answers with a source of that name when it has one: only a new one is this step's to take back
    created.push(...answers.filter((a) => a.created).map((a) => a.source));
    let answered = 0;
    return proposals.map(({ suggestion, draft, existing, asked: askedFor }) => {
      const sourceIds = existing ? [existing.id] : askedFor ? [answers[answered++]!.source.id] : [];
      const changes: ClaimChanges = { sourceIds, attribution: proposedAttribution(suggestion, draft, library.taxonomy) };
      if (library.taxonomy.statuses.some((s) => s.id === DEFAULT_STATUS)) changes.status = DEFAULT_STATUS;
      if (suggestion.cue) changes.cue = { start: suggestion.cue.start, end: suggestion.cue.end };
      return { range: { start: suggestion.content.start, end: suggestion.content.end }, changes };
    });
  }

  private async acceptAll(suggestions: readonly OfferedSuggestion[], label: string): Promise<number> {
    const review = this.review();
    if (!review || suggestions.length === 0) return 0;
    const next = this.after(new Set(suggestions.map((s) => s.key)));
    const created: Source[] = [];
    const drafts = await this.claimDrafts(suggestions, created);
    if (!drafts) return 0;
    // Undo takes back the sources made for these claims too, and makes the first of the suggestions
    // current again (the review keeps its place); Redo brings the sources back
    const { documentId } = review;
    const around = {
      undo: async () => {
        if (created.length > 0 && !(await this.registry.dropCreatedSources(created))) return false;
        if (this.review()?.documentId === documentId) this.select(suggestions[0]!.key);
        return true;
      },
      redo: async () => created.length === 0 || this.registry.restoreCreatedSources(created),
    };
    const made = await this.claims.createAll(documentId, drafts, label, around);
    // the claims refused or not written: the sources made for them go too (no step is on the history to take them back)
    if (made.length === 0 && created.length > 0) await this.registry.dropCreatedSources(created);
    // Status keys would act unseen on a claim selected behind the review: select none.
    this.claims.select(null);
    if (made.length > 0) this.select(next);
    return made.length;
  }

  /** Accepts a suggestion (the current one by default) as a claim with status unverified. */
  async accept(key = this.review()?.currentKey): Promise<boolean> {
    const suggestion = this.shown().find((s) => s.key === key);
    return suggestion ? (await this.acceptAll([suggestion], 'Accept suggestion')) === 1 : false;
  }

  /** Accepts every open suggestion at or above the threshold, as one step of the history. */
  async acceptAbove(threshold = this.review()?.threshold ?? DEFAULT_THRESHOLD): Promise<number> {
    const chosen = this.shown().filter((s) => isAtOrAbove(s, threshold));
    if (chosen.length === 0) {
      this.session.toast('info', `No suggestion is at or above ${percent(threshold)} confidence.`);
      return 0;
    }
    const made = await this.acceptAll(chosen, chosen.length === 1 ? 'Accept suggestion' : `Accept ${chosen.length} suggestions`);
    if (made > 0) this.session.toast('info', `${counted(made, 'suggestion')} at or above ${percent(threshold)} accepted as unverified claims.`, this.claims.undoAction());
    return made;
  }

  /** Rejects a suggestion (the current one by default): it is not suggested for this document again. */
  async reject(key = this.review()?.currentKey): Promise<boolean> {
    const review = this.review();
    const suggestion = this.shown().find((s) => s.key === key);
    if (!review || !suggestion) return false;
    const { documentId } = review;
    const next = this.after(new Set([suggestion.key]));
    const hide = () => this.patch((r) => ({ items: r.items.filter((s) => s.key !== suggestion.key) }));
    const show = () => this.patch((r) => (r.documentId === documentId && !r.items.some((s) => s.key === suggestion.key) ? { items: [...r.items, suggestion].sort((a, b) => a.content.start - b.content.start) } : {}));
    const rejectedOnDisk = (rejected: string[]) => this.store.update((s) => (s.document?.id === documentId ? { document: { ...s.document, rejectedSuggestions: rejected } } : {}));
    hide();
    this.select(next);
    const saved = await this.session.change('suggestions:reject', { documentId, keys: [suggestion.key] }, ({ rejected }) => rejectedOnDisk(rejected));
    if (!saved) {
      show();
      return false;
    }
    const change = async (channel: 'suggestions:reject' | 'suggestions:restore', after: () => void) => {
      const done = await this.session.change(channel, { documentId, keys: [suggestion.key] }, ({ rejected }) => rejectedOnDisk(rejected));
      if (done) after();
      return done !== null;
    };
    // undone, the suggestion is back and current again, to be looked at once more
    const showAgain = () => {
      show();
      if (this.review()?.documentId === documentId) this.select(suggestion.key);
    };
    this.claims.record('Reject suggestion', () => change('suggestions:restore', showAgain), () => change('suggestions:reject', hide), { documentId });
    return true;
  }
}
