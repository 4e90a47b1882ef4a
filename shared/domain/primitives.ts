// Small shared schemas: ids, timestamps, taxonomy ids. Every id the bridge accepts is a UUID,
// so no id can ever name a path outside the library folder.
import { z } from 'zod';

export const IdSchema = z.uuid({ message: 'must be a UUID' });
export type Id = z.infer<typeof IdSchema>;

/** An ISO 8601 UTC timestamp, as written by `new Date().toISOString()`. */
export const TimestampSchema = z.iso.datetime({ message: 'must be an ISO 8601 UTC time' });
export type Timestamp = z.infer<typeof TimestampSchema>;

/** A stable taxonomy id: lower-case words joined by dashes ("in-progress", "direct-quote"). */
export const TaxonomyIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by dashes' })
  .max(40);
export type TaxonomyId = z.infer<typeof TaxonomyIdSchema>;

/** A calendar date (YYYY-MM-DD) or the empty string when unknown. */
export const DateOrEmptySchema = z.union([z.iso.date(), z.literal('')]);

export const TextDirectionSchema = z.enum(['ltr', 'rtl', 'auto']);
export type TextDirection = z.infer<typeof TextDirectionSchema>;

export function newId(): Id {
  return crypto.randomUUID();
}

export function now(): Timestamp {
  return new Date().toISOString();
}
