// The direct-quote rules on the patterns issue 8's error analysis found: a quote resumed after a
// speaker with appositions, an attribution ending in a quote of its own, a quote after a colon, single
// straight quotes, and quoted words that describe or judge ("dismissed the claims as "...""), which
// a verb's other objects ("called on X to "...") are not.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../shared/suggest/detect-attributions';

/** The quote rules' proposals kept at the top or nested in another report ("opposes what it called "..."). */
const quotes = (text: string) => {
  const { kept, nested } = analyse(text);
  return [...kept, ...nested]
    .filter((p) => p.rule === 'quote')
    .map((p) => [text.slice(...p.content), p.source === null ? null : text.slice(...p.source), p.cue === null ? null : text.slice(...p.cue)]);
};

describe('quote rules', () => {
  it('resume a quote after a speaker with appositions before the cue', () => {
    const text = '"The sea gave us everything for years," Ana Ruiz, 52, a net maker from the port of Vigo, told reporters. "Now it gives us nothing."';
    expect(quotes(text)).toEqual([[text, 'Ana Ruiz, 52, a net maker from the port of Vigo', 'told']]);
    const relative = '"Nobody would listen to us at all," one of the parents, Tom Hale, whose daughter uses the centre, said. "Now they have to."';
    expect(quotes(relative)).toEqual([[relative, 'one of the parents, Tom Hale, whose daughter uses the centre', 'said']]);
  });

  it('resume a quote after an attribution that ends in a quote of its own', () => {
    const text = '“We will not pay for this crisis,” said Lia Moreno, a student who carried a sign reading ‘Schools not banks.’ “Our parents marched for this.”';
    expect(quotes(text)[0]?.[0]).toBe(text);
  });

  it('take a quote that ends its paragraph after a colon, with the clause subject as its speaker', () => {
    expect(quotes('The mayor was blunt: "We cannot afford another year like this one."')).toEqual([['"We cannot afford another year like this one."', 'The mayor', null]]);
    expect(quotes('She posted a picture and the message: "Thank you all, we did it together!"')).toEqual([['"Thank you all, we did it together!"', 'She', 'posted']]);
  });

  it('keep reported speech before a colon apart from the quote after it', () => {
    const text = 'The minister said on Monday that the plan was only a start: "What matters now is that every school gets the money."';
    const { kept } = analyse(text);
    expect(kept.map((p) => text.slice(...p.content))).toEqual(['that the plan was only a start', '"What matters now is that every school gets the money."']);
  });

  it('pair straight single quotes on a line without double quotes', () => {
    expect(quotes("The council leader told local radio: 'We had to make impossible choices this year.'")).toEqual([["'We had to make impossible choices this year.'", 'The council leader', 'told']]);
  });

  it('take quoted words that describe or judge, and not other objects of the verb', () => {
    expect(quotes('The governor dismissed the allegations as "the sound of a sore loser".')).toEqual([['"the sound of a sore loser"', 'The governor', 'dismissed']]);
    expect(quotes('The ministry condemned the raid as "a dangerous escalation" on Sunday.')).toEqual([['"a dangerous escalation"', 'The ministry', 'condemned']]);
    expect(quotes('The hostages called on the government to “do everything” to free them.')).toEqual([]);
    expect(quotes('Beijing opposes what it called the EU’s “discriminatory treatment of Chinese firms”.')[0]?.[0]).toBe('the EU’s “discriminatory treatment of Chinese firms”');
  });
});
