// A span of a document's text projection with its W3C selectors: TextPositionSelector
// (start, end) and TextQuoteSelector (exact, prefix, suffix).
import { z } from 'zod';

export const CONTEXT_LENGTH = 32;

export const TextSpanSchema = z
  .strictObject({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
  })
  .refine((span) => span.end > span.start && span.end - span.start === span.exact.length, {
    message: 'end must be after start, and exact must be as long as the range',
  });
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const TextRangeSchema = z
  .strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((range) => range.end > range.start, { message: 'end must be after start' });
export type TextRange = z.infer<typeof TextRangeSchema>;

/** The span of `text` between start and end, with up to 32 characters of context either side. */
export function spanAt(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextSpan {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/** Narrows a range so it neither starts nor ends with white space; null if nothing is left. */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Why a range cannot be used on a text, or null when it can. */
export function rangeProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets must be whole numbers';
  if (start < 0 || end > text.length) {
    return `range ${start}-${end} is outside the document text (0-${text.length})`;
  }
  if (end <= start) return `range ${start}-${end} is empty`;
  if (text.slice(start, end).trim() === '') return `range ${start}-${end} holds only white space`;
  return null;
}
