// A file system that fails the Nth call of one kind (open, write, fsync, rename) with a given
// error, to check that every failure surfaces and leaves the files on disk valid and unchanged.
import { nodeFileSystem, type FileSystem } from '../../main/core/store/file-system';

export type FaultKind = 'open' | 'write' | 'fsync' | 'rename';

export interface FaultPlan {
  kind: FaultKind;
  /** which call of that kind fails, counting from 1 */
  nth: number;
  code: string;
  /** every call of that kind from the nth on fails, as on a disk that stays full (else the nth only) */
  persistent?: boolean;
  /** only calls on a path containing this are counted and fail */
  pathIncludes?: string;
}

export interface FaultyFileSystem extends FileSystem {
  /** how many calls of each kind were made */
  readonly counts: Record<FaultKind, number>;
  /** true once the planned fault has fired */
  readonly fired: boolean;
  arm(plan: FaultPlan | null): void;
}

export function faultyFileSystem(): FaultyFileSystem {
  const counts: Record<FaultKind, number> = { open: 0, write: 0, fsync: 0, rename: 0 };
  let plan: FaultPlan | null = null;
  let fired = false;
  const hit = (kind: FaultKind, path: string) => {
    if (plan?.pathIncludes !== undefined && !path.includes(plan.pathIncludes)) return;
    counts[kind]++;
    if (plan && (!fired || plan.persistent === true) && plan.kind === kind && (plan.persistent === true ? counts[kind] >= plan.nth : counts[kind] === plan.nth)) {
      fired = true;
      throw Object.assign(new Error(`${plan.code}: injected failure of ${kind} #${plan.nth}`), { code: plan.code });
    }
  };
  return {
    ...nodeFileSystem,
    counts,
    get fired() {
      return fired;
    },
    arm(next) {
      plan = next;
      fired = false;
      for (const kind of Object.keys(counts) as FaultKind[]) counts[kind] = 0;
    },
    async open(path, flags, mode) {
      hit('open', String(path));
      const handle = await nodeFileSystem.open(path, flags, mode);
      return {
        writeFile: async (data) => {
          hit('write', String(path));
          return handle.writeFile(data);
        },
        sync: async () => {
          hit('fsync', String(path));
          return handle.sync();
        },
        close: () => handle.close(),
      };
    },
    async rename(from, to) {
      hit('rename', String(to));
      return nodeFileSystem.rename(from, to);
    },
  };
}
