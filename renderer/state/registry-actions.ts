// The library's registries, edited from their screens: sources (edit, merge, delete, track record), tags
// (rename, merge, delete), taxonomy and settings.
import type { DeletedSource, SourceStats, TagCount } from '@shared/bridge/contract';
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
    /** the history, for the steps that change claims (deleting a source) */
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

  async mergeSources(fromId: string, intoId: string): Promise<boolean> {
    const merged = await this.session.change('sources:merge', { fromId, intoId });
    if (!merged) return false;
    await Promise.all([this.refreshLibrary(), this.refreshDocument()]);
    this.session.toast('info', `Merged into "${merged.source.name}"; ${merged.claimsUpdated === 1 ? '1 claim follows' : `${merged.claimsUpdated} claims follow`}.`);
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
    const done = await this.session.change('tags:rename', { from, to });
    if (done) {
      await this.refreshDocument();
      this.session.toast('info', `Tag "${from}" renamed to "${to}" on ${done.claimsUpdated === 1 ? '1 claim' : `${done.claimsUpdated} claims`}.`);
    }
    return done !== null;
  }

  async deleteTag(tag: string): Promise<boolean> {
    const done = await this.session.change('tags:delete', { tag });
    if (done) {
      await this.refreshDocument();
      this.session.toast('info', `Tag "${tag}" removed from ${done.claimsUpdated === 1 ? '1 claim' : `${done.claimsUpdated} claims`}.`);
    }
    return done !== null;
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
