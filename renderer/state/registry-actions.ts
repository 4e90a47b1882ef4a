// The library's registries, edited from their screens: sources (edit, merge, delete, track record), tags
// (rename, merge, delete), taxonomy and settings. Each change is a step of the history.
import type { SourceStats, TagCount } from '@shared/bridge/contract';
import type { Settings } from '@shared/domain/library';
import { sourceNameKey, type Source, type SourceChanges } from '@shared/domain/source';
import type { Taxonomy } from '@shared/domain/taxonomy';
import type { ClaimActions } from './claim-actions';
import type { Session } from './session';
import { taxonomyStep } from './taxonomy-step';
import { showUsersOf } from './taxonomy-refusal';
import type { ClaimFilter } from '@shared/search/claim-filter';
import { counted } from '@shared/text/counted';

/** What the Sources screen edits of a source. */
const editableFields = ({ name, kind, aliases, description }: Source): SourceChanges => ({ name, kind, aliases, description });

const claimCount = (count: number) => counted(count, 'claim');

export class RegistryActions {
  constructor(
    private readonly session: Session,
    private readonly refreshLibrary: () => Promise<void>,
    private readonly refreshDocument: () => Promise<void>,
    /** the history, for the steps that change claims (merging and deleting sources, renaming and deleting tags) */
    private readonly claims: ClaimActions,
    /** opens the claims table with a filter (a refused removal shows the claims in the way) */
    private readonly showClaims: (filter: ClaimFilter) => void,
  ) {}

  /** The source of that name or alias, or a new one (`created`: a step that made it may take it back). */
  async createSource(name: string, kind: string): Promise<{ source: Source; created: boolean } | null> {
    return (await this.createSources([{ name, kind }]))?.[0] ?? null;
  }

  /** Finds or makes several sources in one call (the registry's one for a name it has), in the order asked. */
  async createSources(asked: ReadonlyArray<{ name: string; kind: string }>): Promise<Array<{ source: Source; created: boolean }> | null> {
    const answer = await this.session.change('sources:createMany', { sources: [...asked] }, ({ sources }) =>
      this.session.store.update((s) => {
        if (!s.library) return {};
        const known = new Set(s.library.sources.map((x) => x.id));
        const added: Source[] = [];
        for (const { source } of sources) {
          if (known.has(source.id)) continue;
          known.add(source.id);
          added.push(source);
        }
        return added.length === 0 ? {} : { library: { ...s.library, sources: [...s.library.sources, ...added] } };
      }),
    );
    return answer?.sources ?? null;
  }

  /**
   * Saves changes to a source; a refusal (a name another source has) goes to `onRefused`, for its
   * field. Saves of one source in a row are one step of the history (typing saves at each pause).
   */
  async updateSource(sourceId: string, changes: SourceChanges, onRefused?: (message: string) => void): Promise<Source | null> {
    const before = this.session.store.getState().library?.sources.find((s) => s.id === sourceId);
    const source = await this.session.change('sources:update', { sourceId, changes }, undefined, onRefused);
    if (!source) return null;
    await this.refreshLibrary();
    if (before) {
      const setTo = (values: Source) => async () => {
        const done = await this.session.change('sources:update', { sourceId, changes: editableFields(values) });
        if (done) await this.refreshLibrary();
        return done !== null;
      };
      this.claims.recordJoining(`source:${sourceId}`, `Edit source “${source.name}”`, setTo(before), setTo(source));
    }
    return source;
  }

  /**
   * After the name field is left with a new name: offers to keep the name the source had as an
   * alias, so the Source field and the suggester still find it by that name ("AP" renamed
   * "Associated Press"). Nothing is offered when the rename did not land, or the name is kept already.
   */
  async offerOldNameAsAlias(sourceId: string, oldName: string): Promise<void> {
    await this.session.settled();
    await this.refreshLibrary();
    const source = this.session.store.getState().library?.sources.find((s) => s.id === sourceId);
    const old = oldName.trim();
    if (!source || old === '' || [source.name, ...source.aliases].some((name) => sourceNameKey(name) === sourceNameKey(old))) return;
    this.session.toast('info', `Renamed “${old}” to “${source.name}”.`, { label: `Keep “${old}” as an alias`, run: () => void this.keepAsAlias(sourceId, old) });
  }

  private async keepAsAlias(sourceId: string, name: string): Promise<void> {
    const source = this.session.store.getState().library?.sources.find((s) => s.id === sourceId);
    if (source && !source.aliases.some((alias) => sourceNameKey(alias) === sourceNameKey(name))) await this.updateSource(sourceId, { aliases: [...source.aliases, name] });
  }

  /**
   * Runs a change of the library as one step of the history, and says it is done with Undo in the
   * toast. A redo runs `run` again; an undo puts back what the latest run changed, from its answer.
   */
  private async recordStep<T>(run: () => Promise<T | null>, undo: (answer: T) => Promise<unknown>, describe: (answer: T) => { label: string; done: string }): Promise<boolean> {
    const refresh = () => Promise.all([this.refreshLibrary(), this.refreshDocument()]);
    const runAndShow = async () => {
      const answer = await run();
      if (answer !== null) {
        latest = answer;
        await refresh();
      }
      return answer;
    };
    let latest = await run();
    if (latest === null) return false;
    await refresh();
    const { label, done } = describe(latest);
    const undoLatest = async () => {
      const back = await undo(latest!);
      if (back !== null) await refresh();
      return back !== null;
    };
    this.claims.record(label, undoLatest, async () => (await runAndShow()) !== null);
    this.session.toast('info', done, this.claims.undoAction());
    return true;
  }

  /**
   * Adds a source to the registry from the Sources screen, as a step of the history (Undo takes it
   * out while no claim names it). A name or alias the registry has answers with that source.
   */
  async addSource(name: string, kind: string): Promise<Source | null> {
    const found = await this.createSource(name, kind);
    if (!found) return null;
    const { source, created } = found;
    if (!created) {
      this.session.toast('info', `“${source.name}” is in the registry already${source.name === name.trim() ? '' : ` (as “${name.trim()}”)`}.`);
      return source;
    }
    this.claims.record(`Add source “${source.name}”`, () => this.dropCreatedSources([source]), () => this.restoreCreatedSources([source]));
    this.session.toast('info', `Source “${source.name}” added.`, this.claims.undoAction());
    return source;
  }

  /** Merges one source into another (its claims cite the other, its names become aliases); Undo takes them apart. */
  mergeSources(fromId: string, intoId: string): Promise<boolean> {
    return this.recordStep(
      () => this.session.change('sources:merge', { fromId, intoId }),
      (merged) => this.session.change('sources:unmerge', merged.undo),
      ({ undo: { from, into }, claimsUpdated }) => ({
        label: `Merge “${from.name}” into “${into.name}”`,
        done: `Merged “${from.name}” into “${into.name}”; ${claimsUpdated === 1 ? '1 claim follows' : `${claimsUpdated} claims follow`}.`,
      }),
    );
  }

  /** Deletes a source from the registry and from every claim that names it, without a question; Undo puts it back on those claims. */
  deleteSource(sourceId: string): Promise<boolean> {
    return this.recordStep(
      () => this.session.change('sources:delete', { sourceId }),
      ({ source, claims }) => this.session.change('sources:restore', { source, claims }),
      ({ source: { name }, claimsInLibrary: claims }) => ({
        label: `Delete source “${name}”`,
        done: claims === 0 ? `Deleted the source "${name}".` : `Deleted the source "${name}" from ${claimCount(claims)}.`,
      }),
    );
  }

  /**
   * Takes out of the registry the sources a step created, when the step is undone: those that no
   * claim names any more (here or in the trash), in one call.
   */
  async dropCreatedSources(sources: readonly Source[]): Promise<boolean> {
    const present = sources.filter((s) => this.inRegistry(s.id));
    if (present.length > 0 && !(await this.session.change('sources:takeBack', { sourceIds: present.map((s) => s.id) }))) return false;
    await this.refreshLibrary();
    return true;
  }

  /** Puts back the sources a step created, when it is redone (with their ids, so its claims name them again), in one call. */
  async restoreCreatedSources(sources: readonly Source[]): Promise<boolean> {
    const missing = sources.filter((s) => !this.inRegistry(s.id));
    if (missing.length > 0 && !(await this.session.change('sources:putBack', { sources: missing }))) return false;
    await this.refreshLibrary();
    return true;
  }

  private inRegistry(sourceId: string): boolean {
    return this.session.store.getState().library?.sources.some((s) => s.id === sourceId) ?? false;
  }

  async sourceStats(): Promise<Record<string, SourceStats>> {
    return (await this.session.query('sources:stats', {})) ?? {};
  }

  async tags(): Promise<TagCount[]> {
    return (await this.session.query('tags:list', {})) ?? [];
  }

  /**
   * Renames a tag on every claim; onto `existing` (another tag with that name, whatever its case),
   * it merges the two, and says so. Undo puts back each claim's tags.
   */
  renameTag(from: string, to: string, existing?: string): Promise<boolean> {
    // the saved sets that filter on it follow the rename, and the message says how many
    const inSets = (sets: readonly unknown[]) => (sets.length === 0 ? '' : ` and in ${counted(sets.length, 'saved set')}`);
    const describe = ({ claimsUpdated, sets }: { claimsUpdated: number; sets: readonly unknown[] }) =>
      existing
        ? { label: `Merge tag “${from}” into “${existing}”`, done: `Tag “${from}” merged into “${existing}” on ${claimCount(claimsUpdated)}${inSets(sets)}.` }
        : { label: `Rename tag “${from}” to “${to}”`, done: `Tag “${from}” renamed to “${to}” on ${claimCount(claimsUpdated)}${inSets(sets)}.` };
    return this.recordStep(
      () => this.session.change('tags:rename', { from, to }),
      ({ before, sets }) => this.session.change('tags:restore', { claims: before, sets }),
      describe,
    );
  }

  /** Takes a tag off every claim, without a question; Undo puts back each claim's tags. */
  deleteTag(tag: string): Promise<boolean> {
    return this.recordStep(
      () => this.session.change('tags:delete', { tag }),
      ({ before }) => this.session.change('tags:restore', { claims: before }),
      ({ claimsUpdated }) => ({ label: `Delete tag “${tag}”`, done: `Tag “${tag}” removed from ${claimCount(claimsUpdated)}.` }),
    );
  }

  /** Saves the taxonomy, as a step of the history (saves of one entry's fields in a row, as the user types, are one step). */
  async updateTaxonomy(taxonomy: Taxonomy): Promise<boolean> {
    const before = this.session.store.getState().library?.taxonomy;
    const saved = await this.writeTaxonomy(taxonomy, before);
    if (saved && before) {
      const { label, joinKey } = taxonomyStep(before, taxonomy);
      this.claims.recordJoining(joinKey, label, () => this.writeTaxonomy(before), () => this.writeTaxonomy(taxonomy));
    }
    return saved;
  }

  private async writeTaxonomy(taxonomy: Taxonomy, before?: Taxonomy): Promise<boolean> {
    const refused = (message: string) => this.session.toast('error', message, before && showUsersOf(message, before, taxonomy, this.showClaims));
    const saved = await this.session.change('taxonomy:update', { taxonomy }, undefined, refused);
    if (saved) await this.refreshLibrary();
    return saved !== null;
  }

  /** Saves a change of settings (theme, colours by), as a step of the history. */
  /**
   * Saves settings, as a step of the history; resolves to whether they are saved, and passes a
   * refusal to `onRefused` (for the field that shows it). Saves of the ClaimReview publisher in a
   * row (typing saves at each pause) are one step.
   */
  async updateSettings(changes: Partial<Settings>, onRefused?: (message: string) => void): Promise<boolean> {
    const before = this.session.store.getState().library?.settings;
    const saved = await this.session.change('settings:update', { changes }, undefined, onRefused);
    if (!saved) return false;
    await this.refreshLibrary();
    if (!before) return true;
    const setTo = (settings: Partial<Settings>) => async () => {
      const done = await this.session.change('settings:update', { changes: settings });
      if (done) await this.refreshLibrary();
      return done !== null;
    };
    // only the settings this change changed: another saved meanwhile is not undone with it
    const undone = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Settings]])) as Partial<Settings>;
    const typed = Object.keys(changes).length === 1 && changes.reviewer !== undefined;
    this.claims.recordJoining(typed ? 'settings:reviewer' : null, typed ? 'Change the ClaimReview publisher' : 'Change settings', setTo(undone), setTo(changes));
    return true;
  }
}
