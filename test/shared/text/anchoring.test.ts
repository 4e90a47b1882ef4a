import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlainText } from '@shared/importers/plain-text';
import { anchorSpan } from '@shared/text/anchoring';
import { projectText } from '@shared/text/projection';
import { spanAt } from '@shared/text/text-span';
import { FIXTURES, seedFixture, seedText } from '../../helpers/fixtures';

const textOf = (raw: string) => projectText(parsePlainText(raw).content);

describe('anchoring', () => {
  const original = textOf(seedText());
  const edited = textOf(readFileSync(join(FIXTURES, 'seed', '000_94a0439cd798dd65.edited.txt'), 'utf8'));
  const selectors = seedFixture().claims.map((c) => {
    const start = original.indexOf(c.exact);
    return spanAt(original, start, start + c.exact.length);
  });

  it('keeps every claim exactly where it was in the unchanged text', () => {
    for (const selector of selectors) expect(anchorSpan(original, selector)).toMatchObject({ start: selector.start, end: selector.end, state: 'exact' });
  });

  it('follows the seed into its edited copy: moved, fuzzy, or orphan where it cannot be placed for sure', () => {
    const results = selectors.map((s) => anchorSpan(edited, s));
    expect(results.map((r) => r.state)).toEqual(['fuzzy', 'fuzzy', 'moved', 'moved', 'moved', 'moved', 'orphan', 'moved', 'moved']);
    // claim 8's paragraph now appears twice: its suffix (the quote that follows it) picks the right copy
    expect(results[7]!.start).toBe(edited.lastIndexOf(selectors[7]!.exact));
    // every placed claim sits on its (corrected) words
    expect(edited.slice(results[0]!.start, results[0]!.end)).toBe('The US occupation forces in Rumeilan, northeastern Syria, were attacked by the Islamic Resistance');
    expect(edited.slice(results[1]!.start, results[1]!.end)).toBe('caused 56 casualities among US forces in 46 operations carried out since October 17');
    for (const i of [2, 3, 4, 5, 8]) expect(edited.slice(results[i]!.start, results[i]!.end)).toBe(selectors[i]!.exact);
  });

  it('leaves a claim orphaned rather than put it on a look-alike passage', () => {
    const original = 'Intro. Officials said the bridge was closed on Monday, citing repairs. End.';
    const selector = spanAt(original, 7, original.indexOf(', citing'));
    // the same sentence, with the same surroundings, now appears twice: nothing tells them apart
    const twice = 'Officials said the bridge was closed on Monday, citing repairs. Officials said the bridge was closed on Monday, citing repairs.';
    expect(anchorSpan(twice, selector).state).toBe('orphan');
    // a similar but different sentence is not taken for it
    expect(anchorSpan('Intro. Officials said the tunnel was opened on Friday, citing demand. End.', selector).state).toBe('orphan');
    expect(anchorSpan('Nothing like it here at all, none whatsoever, truly.', selector).state).toBe('orphan');
  });

  it('uses prefix and suffix to choose between two occurrences of a quote', () => {
    const text = 'The minister said: "we will act". The opposition said: "we will act" too.';
    const selector = { start: 0, end: 11, exact: '"we will act"', prefix: 'The opposition said: ', suffix: ' too.' };
    selector.end = selector.start + selector.exact.length;
    const result = anchorSpan(text, selector);
    expect(result.state).toBe('moved');
    expect(result.start).toBe(text.lastIndexOf('"we will act"'));
  });

  it('never moves or orphans a claim when the text changes away from it (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: selectors.length - 1 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.integer({ min: 0, max: 40 }), insert: fc.string({ maxLength: 40 }) }), { minLength: 1, maxLength: 6 }),
        (index, edits) => {
          const selector = selectors[index]!;
          let text = original;
          let start = selector.start;
          // Apply edits outside the claim and its 32-character context on either side.
          for (const edit of edits) {
            const guardFrom = start - selector.prefix.length;
            const guardTo = start + selector.exact.length + selector.suffix.length;
            const before = edit.at < 0.5;
            const room = before ? guardFrom : text.length - guardTo;
            if (room <= 0) continue;
            const at = before ? Math.floor((edit.at * 2) * room) : guardTo + Math.floor((edit.at - 0.5) * 2 * room);
            const remove = Math.min(edit.remove, before ? guardFrom - at : text.length - at);
            text = text.slice(0, at) + edit.insert + text.slice(at + remove);
            if (before) start += edit.insert.length - remove;
          }
          const result = anchorSpan(text, selector);
          expect(result.state).not.toBe('orphan');
          expect(result.state).not.toBe('fuzzy');
          expect(text.slice(result.start, result.end)).toBe(selector.exact);
          expect(result.start).toBe(start);
        },
      ),
      { numRuns: 300 },
    );
  });
});
