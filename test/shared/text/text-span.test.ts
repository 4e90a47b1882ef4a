import { describe, expect, it } from 'vitest';
import { rangeProblem, spanAt, TextSpanSchema, trimRange } from '@shared/text/text-span';

describe('text spans', () => {
  const text = 'The quick brown fox jumps over the lazy dog, informed sources said.';

  it('carries the W3C selectors: position, exact, and 32 characters of context', () => {
    const span = spanAt(text, 4, 9);
    expect(span).toEqual({ start: 4, end: 9, exact: 'quick', prefix: 'The ', suffix: text.slice(9, 41) });
    expect(span.suffix).toHaveLength(32);
    expect(TextSpanSchema.safeParse(span).success).toBe(true);
  });

  it('rejects a span whose exact text does not fit its range', () => {
    expect(TextSpanSchema.safeParse({ start: 0, end: 3, exact: 'The quick', prefix: '', suffix: '' }).success).toBe(false);
    expect(TextSpanSchema.safeParse({ start: 5, end: 5, exact: '', prefix: '', suffix: '' }).success).toBe(false);
  });

  it('trims white space from both ends of a selection', () => {
    expect(trimRange('  hello world \n', 0, 15)).toEqual({ start: 2, end: 13 });
    expect(trimRange('   ', 0, 3)).toBeNull();
  });

  it('names what is wrong with an unusable range', () => {
    expect(rangeProblem(text, 0, 500)).toMatch(/outside the document text \(0-67\)/);
    expect(rangeProblem(text, 9, 4)).toMatch(/empty/);
    expect(rangeProblem(text, 3, 4)).toMatch(/white space/);
    expect(rangeProblem(text, 4, 9)).toBeNull();
  });
});
