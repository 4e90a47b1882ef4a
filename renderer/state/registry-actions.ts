// The library's registries, edited from their screens: sources (edit, merge, delete, track record), tags
// (rename, merge, delete), taxonomy and settings. Merges, deletions and renames are steps of the history.
import type { ClaimTags, DeletedSource, MergedSource, SourceStats, TagCount } from '@shared/bridge/contract';
import type { Settings } from '@shared/domain/library';
import type { Source, SourceChanges } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import type { ClaimActions } from './claim-actions';
import type { Session } from './session';

export class RegistryActions {
  constructor(
    private readonly session: Session,
    private readonly refreshLibrary: () => Promise<void>,
    private readonly refreshDocument: () => Promise<void>,
    /** the history, for the steps that change claims (merging and deleting sources, renaming and deleting tags) */
    private readonly claims: ClaimActions,
  ) {}

  async createSource(name: string, kind: string): Promise<Source | null> {
    return this.session.change('sources:create', { name, kind }, (source) =>
      this.session.store.update((s) =>
        s.library && !s.library.sources.some((x) => x.id === source.id) ? { library: { ...s.library, sources: [...s.library.sources, source] } } : {},
      ),
    );
  }

  /** Saves changes to a source; a refusal (a name another source has) goes to `onRefused`, for its field. */
  async updateSource(sourceId: string, changes: SourceChanges, onRefused?: (message: string) => void): Promise<Source | null> {
    const source = await this.session.change('sources:update', { sourceId, changes }, undefined, onRefused);
    if (source) await this.refreshLibrary();
    return source;
  }

  /**
   * Merges one source into another (its claims cite the other, its names become aliases), as one
   * step of the history: Undo brings it back, and the toast offers it.
   */
  async mergeSources(fromId: string, intoId: string): Promise<boolean> {
    const refresh = () => Promise.all([this.refreshLibrary(), this.refreshDocument()]);
    // the latest merge: a redo merges again, and its undo then puts back what that one changed
    let latest: MergedSource | null = null;
    const merge = async () => {
      const done = await this.session.change('sources:merge', { fromId, intoId });
      if (done) {
        latest = done.undo;
        await refresh();
      }
      return done;
    };
    const first = await merge();
    if (!first) return false;
    const unmerge = async () => {
      const back = await this.session.change('sources:unmerge', latest ?? first.undo);
      if (back) await refresh();
      return back !== null;
    };
    const { from, into } = first.undo;
    this.claims.record(`Merge “${from.name}” into “${into.name}”`, unmerge, async () => (await merge()) !== null);
    const follow = first.claimsUpdated === 1 ? '1 claim follows' : `${first.claimsUpdated} claims follow`;
    this.session.toast('info', `Merged “${from.name}” into “${into.name}”; ${follow}.`, this.claims.undoAction());
    return true;
  }

  /**
   * Deletes a source from the registry and from every claim that names it, as one step of the
   * history: Undo puts it back on those claims, and the toast offers it.
   */
  async deleteSource(sourceId: string): Promise<boolean> {
    const refresh = () => Promise.all([this.refreshLibrary(), this.refreshDocument()]);
    // the latest deletion: a redo deletes again, from the claims that name the source then
    let deleted: DeletedSource | null = null;
    const remove = async () => {
      const done = await this.session.change('sources:delete', { sourceId });
      if (done) {
        deleted = done;
        await refresh();
      }
      return done;
    };
    const first = await remove();
    if (!first) return false;
    const restore = async () => {
      const back = await this.session.change('sources:restore', deleted ?? first);
      if (back) await refresh();
      return back !== null;
    };
    const { name } = first.source;
    this.claims.record(`Delete source “${name}”`, restore, async () => (await remove()) !== null);
    const claims = first.claims.length;
    this.session.toast('info', claims === 0 ? `Deleted the source "${name}".` : `Deleted the source "${name}" from ${claims === 1 ? '1 claim' : `${claims} claims`}.`, this.claims.undoAction());
    return true;
  }

  async sourceStats(): Promise<Record<string, SourceStats>> {
    return (await this.session.query('sources:stats', {})) ?? {};
  }

  async tags(): Promise<TagCount[]> {
    return (await this.session.query('tags:list', {})) ?? [];
  }

  async renameTag(from: string, to: string): Promise<boolean> {
    return this.retag(`Rename tag “${from}” to “${to}”`, () => this.session.change('tags:rename', { from, to }), (claims) => `Tag “${from}” renamed to “${to}” on ${claims}.`);
  }

  /** Takes a tag off every claim, without a question: Undo puts it back, and the toast offers it. */
  async deleteTag(tag: string): Promise<boolean> {
    return this.retag(`Delete tag “${tag}”`, () => this.session.change('tags:delete', { tag }), (claims) => `Tag “${tag}” removed from ${claims}.`);
  }

  /** A change of tags across the library as one step of the history; Undo puts back each claim's tags as they were. */
  private async retag(label: string, change: () => Promise<{ claimsUpdated: number; before: ClaimTags } | null>, done: (claims: string) => string): Promise<boolean> {
    // the latest run: a redo changes the tags again, and its undo then puts back what that one changed
    let before: ClaimTags | null = null;
    const run = async () => {
      const result = await change();
      if (result) {
        before = result.before;
        await Promise.all([this.refreshLibrary(), this.refreshDocument()]);
      }
      return result;
    };
    const first = await run();
    if (!first) return false;
    const undo = async () => {
      const back = await this.session.change('tags:restore', { claims: before ?? first.before });
      if (back) await Promise.all([this.refreshLibrary(), this.refreshDocument()]);
      return back !== null;
    };
    this.claims.record(label, undo, async () => (await run()) !== null);
    this.session.toast('info', done(first.claimsUpdated === 1 ? '1 claim' : `${first.claimsUpdated} claims`), this.claims.undoAction());
    return true;
  }

  async updateTaxonomy(taxonomy: Taxonomy): Promise<boolean> {
    const saved = await this.session.change('taxonomy:update', { taxonomy });
    if (saved) await this.refreshLibrary();
    return saved !== null;
  }

  async updateSettings(changes: Partial<Settings>): Promise<void> {
    const saved = await this.session.change('settings:update', { changes });
    if (saved) await this.refreshLibrary();
  }
}
