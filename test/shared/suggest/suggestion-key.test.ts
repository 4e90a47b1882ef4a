// Suggestion keys: stable for the same words, different for different ones, so a rejection
// recorded in a document finds its suggestion again and no other.
import { describe, expect, it } from 'vitest';
import { suggestionKey } from '@shared/suggest/suggestion-key';

describe('suggestion keys', () => {
  it('are 16 hex digits, the same for the same words however spaced, different for other words', () => {
    const key = suggestionKey('The US forces were attacked');
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(suggestionKey('The US  forces\nwere attacked ')).toBe(key);
    expect(suggestionKey('The US forces were attacked.')).not.toBe(key);
    expect(suggestionKey('the US forces were attacked')).not.toBe(key);
    const many = new Set(Array.from({ length: 5000 }, (_, i) => suggestionKey(`claim number ${i}`)));
    expect(many.size).toBe(5000);
  });
});
