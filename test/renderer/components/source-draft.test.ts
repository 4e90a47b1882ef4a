import { describe, expect, it } from 'vitest';
import type { Source } from '@shared/domain/source';
import { rebaseDraft, savableChanges, sourceDraft, sourceProblems } from '../../../renderer/components/source-draft';

const at = '2026-01-01T00:00:00.000Z';
const source = (id: string, name: string, aliases: string[] = []): Source => ({ id, name, kind: 'person', aliases, description: '', createdAt: at, updatedAt: at });
const walai = source('a', 'Abu Alaa al-Walai', ['al-Walai']);
const officials = source('b', 'US officials', ['American officials']);
const sources = [walai, officials];

describe('a source being edited', () => {
  it('says in plain words why a name cannot be saved: empty, or another source’s name or alias', () => {
    expect(sourceProblems({ ...sourceDraft(walai), name: '  ' }, walai, sources).name).toBe('A source needs a name (it was “Abu Alaa al-Walai”).');
    expect(sourceProblems({ ...sourceDraft(walai), name: 'american OFFICIALS' }, walai, sources).name).toBe(
      '“american OFFICIALS” is already the name or an alias of the source “US officials”: merge this one into it instead, under “Merge into another source” below.',
    );
    expect(sourceProblems({ ...sourceDraft(walai), name: 'al-walai' }, walai, sources)).toEqual({});
  });

  it('saves the fields that are fine while one with a problem waits', () => {
    const draft = { ...sourceDraft(walai), name: 'US officials', description: 'Secretary-General of Kataib Sayyid al-Shuhada' };
    const problems = sourceProblems(draft, walai, sources);
    expect(savableChanges(draft, walai, problems)).toEqual({ description: 'Secretary-General of Kataib Sayyid al-Shuhada' });
  });

  it('sends only what changed, aliases as the core keeps them (trimmed, once each, not the name)', () => {
    expect(savableChanges(sourceDraft(walai), walai, {})).toEqual({});
    const draft = { ...sourceDraft(walai), aliases: 'al-Walai,  Abu Alaa , AL-WALAI, Abu Alaa al-Walai' };
    expect(savableChanges(draft, walai, {})).toEqual({ aliases: ['al-Walai', 'Abu Alaa'] });
  });

  it('refuses an alias another source answers to, but not one the source had already', () => {
    expect(sourceProblems({ ...sourceDraft(walai), aliases: 'al-Walai, american officials' }, walai, sources).aliases).toBe(
      '“american officials” is already the name or an alias of the source “US officials”: merge this one into it instead, under “Merge into another source” below.',
    );
    const overlapping = source('c', 'Walai', ['al-Walai']);
    expect(sourceProblems(sourceDraft(overlapping), overlapping, [...sources, overlapping])).toEqual({});
  });

  it('follows a change made elsewhere (an undo, a merge) in the fields the user has not touched', () => {
    const merged = { ...walai, aliases: ['al-Walai', 'Walai'], description: 'Leader of a militia' };
    const typed = { ...sourceDraft(merged), name: 'Abu Alaa' };
    // the merge undone while the name was being typed: the aliases and description go back, the name stays as typed
    expect(rebaseDraft(typed, merged, walai)).toEqual({ ...sourceDraft(walai), name: 'Abu Alaa' });
    // the editor's own save coming back changes nothing
    expect(rebaseDraft(typed, merged, { ...merged, name: 'Abu Alaa' })).toEqual(typed);
  });
});
