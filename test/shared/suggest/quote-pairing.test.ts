// Quotation marks paired into spans: curly, straight and guillemets, single quotes (curly or straight) only on lines
// without double quotes (so apostrophes stay apostrophes), and a quote left open running to its line's end.
import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../../../shared/suggest/quote-pairing';

const spans = (text: string) => pairQuotes(text).map((q) => [text.slice(q.start, q.end), q.closed]);

describe('pairQuotes', () => {
  it('pairs double quotes of every style, line by line', () => {
    expect(spans('“We will win,” he said. "They cannot stop us." «Non»')).toEqual([['“We will win,”', true], ['"They cannot stop us."', true], ['«Non»', true]]);
    expect(spans('"An open quote runs on  \nto the next line" is not paired across lines')).toEqual([['"An open quote runs on', false], ['" is not paired across lines', false]]);
  });

  it('pairs British single quotes without taking apostrophes for marks', () => {
    expect(spans('‘I don’t know what happened,’ Sandberg said. The players’ union’s view')).toEqual([['‘I don’t know what happened,’', true]]);
    expect(spans('He said “it’s ‘fine’”, she said ‘no’.')).toEqual([['“it’s ‘fine’”', true]]);
  });

  it('pairs straight single quotes, leaving apostrophes and plural possessives alone', () => {
    expect(spans("Stott told the BBC: 'We had to make choices. I don't accept that we didn't listen.'")).toEqual([["'We had to make choices. I don't accept that we didn't listen.'", true]]);
    expect(spans("She said 'the workers' union is right,' and left.")).toEqual([["'the workers' union is right,'", true]]);
  });
});
