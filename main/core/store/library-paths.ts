// Where each file of a library lives (DESIGN.md section 3).
import { join } from 'node:path';
import { IdSchema } from '@shared/domain/primitives';

export class LibraryPaths {
  constructor(readonly root: string) {}

  get libraryFile(): string {
    return join(this.root, 'library.json');
  }

  get documentsDir(): string {
    return join(this.root, 'documents');
  }

  get backupsDir(): string {
    return join(this.root, 'backups');
  }

  get trashDir(): string {
    return join(this.root, 'trash');
  }

  get lockFile(): string {
    return join(this.root, 'library.lock');
  }

  /** The file of a document. Only UUIDs are accepted, so the path cannot leave the folder. */
  documentFile(id: string): string {
    return join(this.documentsDir, `${IdSchema.parse(id)}.json`);
  }
}
