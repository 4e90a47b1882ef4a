// A source: who makes a claim. Sources live in a library-wide registry and are reused across
// documents; claims refer to them by id.
import { z } from 'zod';
import { IdSchema, TaxonomyIdSchema, TimestampSchema } from './primitives';
import { foldAccents } from '../text/fold-accents';

export const SourceNameSchema = z.string().trim().min(1, { message: 'a source needs a name' }).max(200);

export const SourceSchema = z.strictObject({
  id: IdSchema,
  name: SourceNameSchema,
  kind: TaxonomyIdSchema,
  aliases: z.array(SourceNameSchema).max(50),
  description: z.string().max(5000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * Case-, space- and accent-insensitive key used to find a source by name or alias (and a tag:
 * "Müller" is "Muller", "santé" is "sante", as the search finds them).
 */
export function sourceNameKey(name: string): string {
  return foldAccents(name.normalize('NFKC').trim().replace(/\s+/g, ' '));
}

/** The registry source whose name or alias matches `name`, if any. */
export function findSourceByName(sources: readonly Source[], name: string): Source | undefined {
  const key = sourceNameKey(name);
  return sources.find((s) => sourceNameKey(s.name) === key || s.aliases.some((a) => sourceNameKey(a) === key));
}

/**
 * Sources by name, for many lookups (findSourceByName's answers, each in one step): a source added
 * with `add` is found from then on. A name two sources share finds the first, as findSourceByName does.
 */
export class SourceNames {
  private readonly byKey = new Map<string, Source>();

  constructor(sources: readonly Source[]) {
    for (const source of sources) this.add(source);
  }

  add(source: Source): void {
    for (const name of [source.name, ...source.aliases]) {
      const key = sourceNameKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, source);
    }
  }

  find(name: string): Source | undefined {
    return this.byKey.get(sourceNameKey(name));
  }
}

/** The editable fields of a source. */
export const SourceChangesSchema = z.strictObject({
  name: SourceNameSchema.optional(),
  kind: TaxonomyIdSchema.optional(),
  aliases: z.array(SourceNameSchema).max(50).optional(),
  description: z.string().max(5000).optional(),
});
export type SourceChanges = z.infer<typeof SourceChangesSchema>;
