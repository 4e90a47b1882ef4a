// writeImport's order of writes and what it puts back, with a writer that records each write and
// fails the ones a test names.
import { describe, expect, it } from 'vitest';
import { AppFailure } from '@shared/bridge/result';
import type { DocumentSummary, StoredDocument } from '@shared/domain/document';
import type { LibraryFile } from '@shared/domain/library';
import { type ImportWriter, writeImport } from '../../../../main/core/store/import-write';

const doc = (id: string, version: string) => ({ id, version }) as unknown as StoredDocument;
const summary = (id: string) => ({ id }) as unknown as DocumentSummary;
const library = (name: string, documents: string[]) => ({ name, documents: documents.map(summary) }) as unknown as LibraryFile;

/** A writer that logs "library <name> <ids>" and "document <id> <version>", failing the writes `fails` names. */
function recordingWriter(fails: (entry: string) => boolean): ImportWriter & { log: string[] } {
  const log: string[] = [];
  const written = (entry: string) => {
    if (fails(entry)) throw new AppFailure('not-saved', `Not saved: the disk is full (writing ${entry}).`);
    log.push(entry);
  };
  return {
    log,
    writeLibrary: async (next) => written(`library ${(next as unknown as { name: string }).name} ${next.documents.map((d) => d.id).join(',')}`),
    writeDocument: async (d) => {
      written(`document ${d.id} ${(d as unknown as { version: string }).version}`);
      return summary(d.id);
    },
    removeNewDocuments: async (docs) => void log.push(`removed ${docs.map((d) => d.id).join(',')}`),
  };
}

const before = library('before', ['a']);
const next = library('next', ['a']);
const rewrites = [{ before: doc('a', 'old'), after: doc('a', 'new') }];

describe('writeImport', () => {
  it('writes the registries, then the changed documents, then the new ones and the index listing them', async () => {
    const writer = recordingWriter(() => false);
    const added = await writeImport(writer, before, next, rewrites, [doc('b', 'new')]);
    expect(added.map((s) => s.id)).toEqual(['b']);
    expect(writer.log).toEqual(['library next a', 'document a new', 'document b new', 'library next a,b']);
  });

  it('puts the changed document and library.json back when a new document cannot be written', async () => {
    const writer = recordingWriter((entry) => entry === 'document b new');
    await expect(writeImport(writer, before, next, rewrites, [doc('b', 'new')])).rejects.toThrow('writing document b new');
    expect(writer.log).toEqual(['library next a', 'document a new', 'removed b', 'document a old', 'library before a']);
  });

  it('puts back library.json but not a changed document whose write failed (a failed write leaves its file as it was)', async () => {
    const writer = recordingWriter((entry) => entry === 'document a new');
    await expect(writeImport(writer, before, next, rewrites, [])).rejects.toThrow('writing document a new');
    expect(writer.log).toEqual(['library next a', 'library before a']);
  });

  it('writes nothing back when library.json, the first write, fails', async () => {
    const writer = recordingWriter((entry) => entry.startsWith('library next'));
    await expect(writeImport(writer, before, next, rewrites, [])).rejects.toThrow('writing library next a');
    expect(writer.log).toEqual([]);
  });

  it('writes nothing back when the import changes no registry and its first document fails before any write', async () => {
    const writer = recordingWriter((entry) => entry === 'document b new');
    await expect(writeImport(writer, before, before, [], [doc('b', 'new')])).rejects.toThrow('writing document b new');
    expect(writer.log).toEqual(['removed b']);
  });

  it('says so when putting the library back fails too', async () => {
    const writer = recordingWriter((entry) => entry === 'document b new' || entry === 'library before a');
    const error = await writeImport(writer, before, next, rewrites, [doc('b', 'new')]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('not-saved');
    expect((error as AppFailure).message).toBe(
      'Not saved: the disk is full (writing document b new). Putting the library back as it was failed too (Not saved: the disk is full (writing library before a).): part of the import may be in the library. Check the documents it names, or restore a backup (Restore from backup).',
    );
  });
});
