// Reads one JSON file of the library: parse, run its migrations, validate. Tells apart a missing
// file, a good one, one from a newer version of the app, and one that cannot be used (and why),
// so the caller never mistakes damage for an empty library.
import type { z } from 'zod';
import { describeZodError } from '@shared/bridge/result';
import { isNotFound, type FileSystem } from './file-system';
import { runMigrations, type Migration } from './migrations/migrate';

export type FileReading<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; data: T; migratedFrom: number | null }
  | { kind: 'newer'; version: number; data: T | null }
  | { kind: 'invalid'; reason: string };

export interface VersionedSchema<T> {
  schema: z.ZodType<T>;
  migrations: readonly Migration[];
  current: number;
}

/** Parses JSON text, refusing what can only be damage (JSON.parse would accept some of it). */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, reason: 'the file starts with a byte-order mark, which Corroborate never writes' };
  if (text.includes('\u0000')) return { ok: false, reason: 'the file holds NUL bytes (it was cut off or overwritten)' };
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `the file is not valid JSON (${whereJsonFails(text, (error as Error).message)})` };
  }
}

/** JSON.parse's complaint with its place as a line and column ("at position 7" is line 1, column 8), and a cut-off file said so. */
function whereJsonFails(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const at = position ? Number(position[1]) : /Unexpected end of JSON input/.test(message) ? text.length : null;
  if (at === null) return message;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const cutOff = at >= text.trimEnd().length ? '; it ends before the JSON does, as a file cut off would' : '';
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}${cutOff}`;
}

/** Migrates and validates parsed JSON. */
export function interpret<T>(value: unknown, versioned: VersionedSchema<T>): FileReading<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'invalid', reason: `the file holds ${JSON.stringify(value)?.slice(0, 20) ?? 'nothing'} instead of an object` };
  }
  const outcome = runMigrations(value as Record<string, unknown>, versioned.migrations, versioned.current);
  if (outcome.kind === 'unversioned') return { kind: 'invalid', reason: 'the file has no schemaVersion' };
  if (outcome.kind === 'newer') {
    // A newer file may still fit today's schema; if it does it can at least be read.
    const attempt = versioned.schema.safeParse({ ...(value as object), schemaVersion: versioned.current });
    return { kind: 'newer', version: outcome.version, data: attempt.success ? attempt.data : null };
  }
  const result = versioned.schema.safeParse(outcome.data);
  if (!result.success) return { kind: 'invalid', reason: `the file does not have the expected shape (${describeZodError(result.error)})` };
  return { kind: 'ok', data: result.data, migratedFrom: outcome.kind === 'migrated' ? outcome.from : null };
}

/** Reads, migrates and validates a file. I/O errors other than "missing" are thrown. */
export async function readJsonFile<T>(fs: FileSystem, path: string, versioned: VersionedSchema<T>): Promise<FileReading<T>> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    throw error;
  }
  const parsed = parseJsonText(bytes.toString('utf8'));
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  return interpret(parsed.value, versioned);
}
