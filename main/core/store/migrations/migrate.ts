// Numbered migrations for the library's files: each takes a file's JSON at version n to n + 1.
// Loading runs them in order and then validates with the current zod schema.

export interface Migration {
  /** the version this migration reads; it writes from + 1 */
  from: number;
  describe: string;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

export type MigrationOutcome =
  | { kind: 'current'; data: Record<string, unknown> }
  | { kind: 'migrated'; data: Record<string, unknown>; from: number; to: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unversioned' };

/** Checks that a list holds exactly the steps 1 -> 2 -> ... -> current. */
export function assertContiguous(migrations: readonly Migration[], current: number): void {
  migrations.forEach((m, i) => {
    if (m.from !== i + 1) throw new Error(`migration ${i} reads version ${m.from}, expected ${i + 1}`);
  });
  if (migrations.length !== current - 1) throw new Error(`${migrations.length} migrations cannot reach version ${current}`);
}

/** Brings a file's JSON to the current version, or says why it cannot. */
export function runMigrations(data: Record<string, unknown>, migrations: readonly Migration[], current: number): MigrationOutcome {
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'unversioned' };
  if (version > current) return { kind: 'newer', version };
  if (version === current) return { kind: 'current', data };
  let migrated = data;
  for (let v = version; v < current; v++) {
    const step = migrations[v - 1]!;
    migrated = { ...step.migrate(migrated), schemaVersion: v + 1 };
  }
  return { kind: 'migrated', data: migrated, from: version, to: current };
}
