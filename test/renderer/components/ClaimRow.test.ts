// The claims list's quote text: typographic quotation marks around a quote, but not a second pair
// around a direct quote that begins with its own.
import { describe, expect, it } from 'vitest';
import { excerpt, quoted } from '../../../renderer/components/ClaimRow';

describe('quoted', () => {
  it('puts a quote in typographic quotation marks', () => {
    expect(quoted('The forces were attacked')).toBe('“The forces were attacked”');
  });

  it('adds none to a quote that begins with its own', () => {
    expect(quoted('"There will be no truce," he said')).toBe('"There will be no truce," he said');
    expect(quoted('“No truce”')).toBe('“No truce”');
    expect(quoted(excerpt(`"${'word '.repeat(40)}"`))).toMatch(/^"word.*…$/);
  });

  it('wraps one that only ends with a quotation, as every other claim is', () => {
    expect(quoted('he called it «a truce»')).toBe('“he called it «a truce»”');
    expect(quoted('that date was "wildly optimistic"')).toBe('“that date was "wildly optimistic"”');
  });
});
