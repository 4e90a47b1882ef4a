// Attributions nested in another's content: the second attribution of "X said it feared Y", a report
// inside a quotation or a relative clause, the outer report kept at the top when the inner one
// scored higher, and what is not taken (a source that ends on an article, a third level). Checked
// on the rules alone, then on the whole detector.
import { describe, expect, it } from 'vitest';
import { analyse, detectAttributions } from '../../../shared/suggest/detect-attributions';

/** The rules' nested proposals as [content, source, cue] texts. */
function nestedReports(text: string): [string, string | null, string | null][] {
  const slice = (span: [number, number] | null) => (span === null ? null : text.slice(...span));
  return analyse(text).nested.map((p) => [text.slice(...p.content), slice(p.source), slice(p.cue)]);
}

describe('nested attributions', () => {
  it('finds the report inside another report, with its own source and cue', () => {
    const text = 'The Portuguese hotel association said it feared the strike would lead to cancellations of bookings.';
    expect(analyse(text).kept.map((p) => text.slice(...p.content))).toEqual(['it feared the strike would lead to cancellations of bookings']);
    expect(nestedReports(text)).toEqual([['the strike would lead to cancellations of bookings', 'it', 'feared']]);
  });

  it('finds a report inside a quotation, up to its closing punctuation', () => {
    expect(nestedReports('"Investors were always told this was risky," he said.')).toEqual([['this was risky', null, 'were always told']]);
    expect(nestedReports('"The ministry told us the border would stay closed," said Ahmed Ali, a trader.')).toEqual([['the border would stay closed', 'The ministry', 'told']]);
  });

  it('keeps the outer report at the top when a shorter one inside it scored higher', () => {
    const text = 'Al-Masirah television said two people had been killed in the strikes, which it described as "American-British aggression".';
    expect(analyse(text).kept.map((p) => [text.slice(...p.content), text.slice(...p.source!)])).toEqual([['two people had been killed in the strikes, which it described as "American-British aggression"', 'Al-Masirah television']]);
    // the relative clause's own subject is the inner source, not "the strikes, which it"
    expect(nestedReports(text)).toEqual([['"American-British aggression"', 'it', 'described']]);
  });

  it('takes no nested proposal whose source ends on an article or a function word', () => {
    // the position rule reads "rings worth an estimated $400,000" as "rings worth an" estimating "$400,000"
    expect(nestedReports('Police said rings worth an estimated $400,000 were seized from the house.')).toEqual([]);
  });

  it('offers both attributions, the inner source named after the outer one it stands for', () => {
    const suggestions = detectAttributions('The Portuguese hotel association said it feared the strike would lead to cancellations of bookings.');
    expect(suggestions.map((s) => [s.content.text, s.source?.text, s.sourceName])).toEqual([
      ['it feared the strike would lead to cancellations of bookings', 'The Portuguese hotel association', 'Portuguese hotel association'],
      ['the strike would lead to cancellations of bookings', 'it', 'Portuguese hotel association'],
    ]);
  });

  it('nests one level deep only', () => {
    // "witnesses had told police ..." lies inside the officials' belief: a third level, not offered
    expect(nestedReports('The minister said officials believed witnesses had told police the car was stolen.')).toEqual([['witnesses had told police the car was stolen', 'officials', 'believed']]);
  });
});
