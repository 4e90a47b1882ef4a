// Rotating, verified backups (DESIGN.md section 9, promise 6). A backup is a manifest
// (backups/<id>.json) naming, for each file of the library, an object in backups/objects/ that
// holds a real copy of it, stored once by its SHA-256: unchanged files cost nothing in later
// backups. Taking a backup is in two steps: hard links capture the files at one instant (fast,
// inside the write queue), then copying and hashing happen outside it. A restore verifies every
// object against its hash and skips a backup that fails for the one before it.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileDurably } from './durable-write';
import { errorCode, isNotFound, type FileSystem } from './file-system';
import type { LibraryPaths } from './library-paths';
import { SerialQueue } from './serial-queue';
import { sweepTemporaryFiles } from './sweep';

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  documents: number;
  /** how many claims the library held when the backup was taken (null for backups from before it was recorded) */
  claims: number | null;
}

interface ManifestEntry {
  size: number;
  sha256: string;
  ino: number;
  mtimeMs: number;
}

interface Manifest {
  version: 1;
  createdAt: string;
  reason: string;
  /** the library's claim count at the capture (absent from older manifests) */
  claims?: number;
  files: Record<string, ManifestEntry>;
}

const STAGING = '.staging-';
const MANIFEST_NAME = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9-]+Z-[a-z0-9-]+\.json$/;
const DOCUMENT_FILE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/;

export function isDocumentFileName(name: string): boolean {
  return DOCUMENT_FILE.test(name);
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class Backups {
  private lastManifest: Manifest | null = null;
  /** completions run one at a time, so rotation never deletes an object another is about to name */
  private readonly completions = new SerialQueue();

  constructor(
    private readonly fs: FileSystem,
    private readonly paths: LibraryPaths,
    private readonly keep: number,
    /** how many claims the library holds now, as its index says (null before it is read) */
    private readonly claimCount: () => number | null = () => null,
  ) {}

  private get objectsDir(): string {
    return join(this.paths.backupsDir, 'objects');
  }

  private objectPath(sha256: string): string {
    return join(this.objectsDir, sha256.slice(0, 2), sha256);
  }

  private manifestPath(id: string): string {
    return join(this.paths.backupsDir, `${id}.json`);
  }

  /** Removes what a backup interrupted by a crash left behind: staging links and temporary files. */
  async sweepIncomplete(): Promise<void> {
    const names = await this.fs.readdir(this.paths.backupsDir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.startsWith(STAGING))) await this.fs.rm(join(this.paths.backupsDir, name), { recursive: true, force: true });
    const fans = await this.fs.readdir(this.objectsDir).catch(() => [] as string[]);
    await sweepTemporaryFiles(this.fs, [this.paths.backupsDir, ...fans.map((fan) => join(this.objectsDir, fan))]);
  }

  /**
   * Captures the current files with hard links (no copying, no hashing: call it in the write
   * queue). The returned function finishes the backup (copies, hashes, manifest, rotation) and may
   * run outside the queue: the links keep the captured versions even while the library changes.
   */
  async capture(reason: string, at: string): Promise<() => Promise<BackupInfo>> {
    const id = `${at.replace(/[:.]/g, '-')}-${reason}`;
    const claims = this.claimCount();
    const staging = join(this.paths.backupsDir, `${STAGING}${id}`);
    await this.fs.mkdir(join(staging, 'documents'), { recursive: true, mode: 0o700 });
    const names = (await this.fs.readdir(this.paths.documentsDir)).filter(isDocumentFileName);
    const captured: string[] = [];
    for (const relative of ['library.json', ...names.map((n) => `documents/${n}`)]) {
      try {
        await this.linkOrCopy(join(this.paths.root, relative), join(staging, relative));
        captured.push(relative);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    return () =>
      this.completions.run(async () => {
        try {
          return await this.complete(id, staging, { reason, at, claims }, captured);
        } finally {
          await this.fs.rm(staging, { recursive: true, force: true });
        }
      });
  }

  /** Takes a complete backup now. */
  async snapshot(reason: string, at: string): Promise<BackupInfo> {
    return (await this.capture(reason, at))();
  }

  private async linkOrCopy(from: string, to: string): Promise<void> {
    try {
      await this.fs.link(from, to);
    } catch (error) {
      if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes(errorCode(error) ?? '')) throw error;
      await this.fs.copyFile(from, to);
    }
  }

  /** Stores one captured file as an object (unless the same content is stored already). */
  private async store(path: string, known: ManifestEntry | undefined): Promise<ManifestEntry> {
    const stats = await this.fs.stat(path);
    if (known && known.ino === stats.ino && known.size === stats.size && known.mtimeMs === stats.mtimeMs && (await this.exists(this.objectPath(known.sha256)))) {
      return known;
    }
    const bytes = await this.fs.readFile(path);
    const sha256 = sha256Of(bytes);
    const object = this.objectPath(sha256);
    if (!(await this.exists(object))) {
      await this.fs.mkdir(join(this.objectsDir, sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
      await writeFileDurably(this.fs, object, bytes);
    }
    return { size: bytes.length, sha256, ino: stats.ino, mtimeMs: stats.mtimeMs };
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await this.fs.stat(path);
      return true;
    } catch {
      return false;
    }
  }

  private async complete(id: string, staging: string, { reason, at, claims }: { reason: string; at: string; claims: number | null }, captured: string[]): Promise<BackupInfo> {
    const previous = this.lastManifest ?? (await this.newestManifest());
    const files: Record<string, ManifestEntry> = {};
    for (const relative of captured) files[relative] = await this.store(join(staging, relative), previous?.files[relative]);
    const manifest: Manifest = { version: 1, createdAt: at, reason, ...(claims === null ? {} : { claims }), files };
    await writeFileDurably(this.fs, this.manifestPath(id), JSON.stringify(manifest));
    this.lastManifest = manifest;
    await this.rotate();
    return { id, createdAt: at, reason, documents: captured.length - 1, claims };
  }

  private async readManifest(id: string): Promise<Manifest | null> {
    try {
      const manifest = JSON.parse((await this.fs.readFile(this.manifestPath(id))).toString('utf8')) as Manifest;
      return manifest.version === 1 && typeof manifest.files === 'object' && manifest.files !== null ? manifest : null;
    } catch {
      return null;
    }
  }

  /** Backup ids, newest first. */
  private async ids(): Promise<string[]> {
    const names = await this.fs.readdir(this.paths.backupsDir).catch(() => [] as string[]);
    return names
      .filter((n) => MANIFEST_NAME.test(n))
      .map((n) => n.slice(0, -'.json'.length))
      .sort()
      .reverse();
  }

  private async newestManifest(): Promise<Manifest | null> {
    for (const id of await this.ids()) {
      const manifest = await this.readManifest(id);
      if (manifest) return manifest;
    }
    return null;
  }

  /** Every backup, newest first (a backup whose manifest cannot be read is left out). */
  async list(): Promise<BackupInfo[]> {
    const infos: BackupInfo[] = [];
    for (const id of await this.ids()) {
      const manifest = await this.readManifest(id);
      if (manifest) infos.push({ id, createdAt: manifest.createdAt, reason: manifest.reason, documents: Object.keys(manifest.files).length - 1, claims: Number.isInteger(manifest.claims) ? manifest.claims! : null });
    }
    return infos;
  }

  /** The files a backup holds ('library.json', 'documents/<id>.json'). */
  async filesOf(id: string): Promise<string[]> {
    return Object.keys((await this.readManifest(id))?.files ?? {});
  }

  /** Where the copy of one file of a backup is kept (an object shared with other backups). */
  async fileIn(id: string, relative: string): Promise<string | null> {
    const entry = (await this.readManifest(id))?.files[relative];
    return entry ? this.objectPath(entry.sha256) : null;
  }

  /**
   * Checks a backup (or some of its files) against its manifest: every copy present, of the
   * recorded size and SHA-256. Returns why it fails, or null when it is sound.
   */
  async verify(id: string, only?: readonly string[]): Promise<string | null> {
    const manifest = await this.readManifest(id);
    if (!manifest) return 'its manifest is missing or damaged';
    if (only === undefined && !manifest.files['library.json']) return 'it has no library.json';
    for (const relative of only ?? Object.keys(manifest.files)) {
      const expected = manifest.files[relative];
      if (!expected) return `it does not hold ${relative}`;
      const bytes = await this.fs.readFile(this.objectPath(expected.sha256)).catch(() => null);
      if (!bytes) return `its copy of ${relative} is missing`;
      if (bytes.length !== expected.size || sha256Of(bytes) !== expected.sha256) return `its copy of ${relative} has changed since it was made`;
    }
    return null;
  }

  /** Keeps the newest backups and deletes objects no kept backup refers to. */
  private async rotate(): Promise<void> {
    const ids = await this.ids();
    for (const id of ids.slice(this.keep)) await this.fs.unlink(this.manifestPath(id)).catch(() => undefined);
    const referenced = new Set<string>();
    for (const id of ids.slice(0, this.keep)) {
      for (const entry of Object.values((await this.readManifest(id))?.files ?? {})) referenced.add(entry.sha256);
    }
    for (const fan of await this.fs.readdir(this.objectsDir).catch(() => [] as string[])) {
      for (const name of await this.fs.readdir(join(this.objectsDir, fan)).catch(() => [] as string[])) {
        if (/^[0-9a-f]{64}$/.test(name) && !referenced.has(name)) await this.fs.unlink(join(this.objectsDir, fan, name)).catch(() => undefined);
      }
    }
  }
}
