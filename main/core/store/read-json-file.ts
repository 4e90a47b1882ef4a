// Reads and validates one JSON file of the library, telling apart a missing file, a good one and
// one that cannot be used (and why), so the caller never mistakes damage for an empty library.
import type { z } from 'zod';
import { describeZodError } from '@shared/bridge/result';
import type { JsonFileAdapter } from './json-file-adapter';

export type FileReading<T> =
  | { kind: 'missing' }
  | { kind: 'ok'; data: T }
  | { kind: 'invalid'; reason: string; raw?: unknown };

/** Parses JSON text, rejecting what JSON.parse quietly accepts or what can only be damage. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.charCodeAt(0) === 0xfeff) return { ok: false, reason: 'the file starts with a byte-order mark' };
  if (text.includes('\u0000')) return { ok: false, reason: 'the file holds NUL bytes (it was cut off or overwritten)' };
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, reason: `the file is not valid JSON (${(error as Error).message})` };
  }
}

/** Reads a file through its adapter and validates it against a schema. */
export async function readJsonFile<T>(adapter: JsonFileAdapter<T>, schema: z.ZodType<T>): Promise<FileReading<T>> {
  const bytes = await adapter.readBytes();
  if (bytes === null) return { kind: 'missing' };
  const parsed = parseJsonText(bytes.toString('utf8'));
  if (!parsed.ok) return { kind: 'invalid', reason: parsed.reason };
  return validate(parsed.value, schema);
}

export function validate<T>(value: unknown, schema: z.ZodType<T>): FileReading<T> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'invalid', reason: `the file holds ${JSON.stringify(value)?.slice(0, 20)} instead of an object`, raw: value };
  }
  const result = schema.safeParse(value);
  if (!result.success) return { kind: 'invalid', reason: `the file does not have the expected shape (${describeZodError(result.error)})`, raw: value };
  return { kind: 'ok', data: result.data };
}
