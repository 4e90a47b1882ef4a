// A source as its editor holds it while the user types (aliases as one comma-separated line),
// what in it is not valid yet, in plain words, and the changes it makes to the stored source.
import { sameList } from '@shared/domain/claim-ref';
import { findSourceByName, sourceNameKey, type Source, type SourceChanges } from '@shared/domain/source';
import { rebaseFields } from './rebase-draft';

export interface SourceDraft {
  name: string;
  kind: string;
  aliases: string;
  description: string;
}
export type SourceField = keyof SourceDraft;
export type SourceProblems = Partial<Record<SourceField, string>>;

const MAX_ALIASES = 50;
export const MAX_SOURCE_NAME = 200;
export const MAX_SOURCE_DESCRIPTION = 5000;

export function sourceDraft(source: Source): SourceDraft {
  return { name: source.name, kind: source.kind, aliases: source.aliases.join(', '), description: source.description };
}

/** The aliases of the comma-separated line, each once and none the same as the name, as the core keeps them. */
function aliasList(aliases: string, name: string): string[] {
  const seen = new Set([sourceNameKey(name)]);
  return aliases
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '' && !seen.has(sourceNameKey(alias)) && seen.add(sourceNameKey(alias)));
}

/** What the core would refuse in the draft, field by field, said so that the user knows what to do. */
export function sourceProblems(draft: SourceDraft, source: Source, sources: readonly Source[]): SourceProblems {
  const problems: SourceProblems = {};
  const name = draft.name.trim();
  const others = sources.filter((s) => s.id !== source.id);
  const clash = findSourceByName(others, name);
  if (name === '') problems.name = `A source needs a name (it was “${source.name}”).`;
  else if (name.length > MAX_SOURCE_NAME) problems.name = `A name is at most ${MAX_SOURCE_NAME} characters.`;
  else if (clash) problems.name = `“${name}” is already the name or an alias of the source “${clash.name}”: merge this one into it instead, under “Merge into another source” below.`;
  const aliases = aliasList(draft.aliases, name);
  // an alias added that another source answers to (one it had already is left alone, as the core does)
  const aliasClash = aliases
    .filter((alias) => !source.aliases.some((a) => sourceNameKey(a) === sourceNameKey(alias)))
    .map((alias) => ({ alias, other: findSourceByName(others, alias) }))
    .find(({ other }) => other !== undefined);
  if (aliases.length > MAX_ALIASES) problems.aliases = `A source has at most ${MAX_ALIASES} aliases; this list has ${aliases.length}.`;
  else if (aliases.some((alias) => alias.length > MAX_SOURCE_NAME)) problems.aliases = `An alias is at most ${MAX_SOURCE_NAME} characters.`;
  else if (aliasClash) problems.aliases = `“${aliasClash.alias}” is already the name or an alias of the source “${aliasClash.other!.name}”: merge this one into it instead, under “Merge into another source” below.`;
  if (draft.description.length > MAX_SOURCE_DESCRIPTION) problems.description = `A description is at most ${MAX_SOURCE_DESCRIPTION} characters.`;
  return problems;
}

/** The draft's fields that differ from the stored source. */
export function changedFields(draft: SourceDraft, source: Source): SourceField[] {
  const fields: SourceField[] = [];
  if (draft.name.trim() !== source.name) fields.push('name');
  if (draft.kind !== source.kind) fields.push('kind');
  if (!sameList(aliasList(draft.aliases, draft.name.trim() || source.name), source.aliases)) fields.push('aliases');
  if (draft.description !== source.description) fields.push('description');
  return fields;
}

/** The changes to save: every changed field without a problem (a bad name does not hold back a description). */
export function savableChanges(draft: SourceDraft, source: Source, problems: SourceProblems): SourceChanges {
  const changes: SourceChanges = {};
  for (const field of changedFields(draft, source)) {
    if (problems[field]) continue;
    if (field === 'name') changes.name = draft.name.trim();
    else if (field === 'aliases') changes.aliases = aliasList(draft.aliases, problems.name ? source.name : draft.name.trim());
    else changes[field] = draft[field];
  }
  return changes;
}

/**
 * The draft once the stored source has changed from `before` to `after` outside the editor (an
 * undo, a merge): each field the user has not touched follows the stored source, each field the
 * user has changed keeps what was typed. Without this, the editor would save its old values back.
 */
export function rebaseDraft(draft: SourceDraft, before: Source, after: Source): SourceDraft {
  return rebaseFields(draft, sourceDraft(before), sourceDraft(after));
}
