// ", citing SOURCE": the cited source gets the content of the report the citation hangs on (as the
// corpus guide annotates it), the report keeps its own source, and a citation that gives a reason
// ("cut its forecast, citing weak demand") suggests nothing.
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/suggest/detect-attributions';

/** Each suggestion as [cue, source, content]. */
const suggested = (text: string) => detectAttributions(text).map((s) => [s.cue?.text ?? null, s.source?.text ?? null, s.content.text]);

describe('citations', () => {
  it('give the cited source the content of the report before them', () => {
    expect(suggested('The talks collapsed on Friday, Reuters reported, citing two diplomats.')).toEqual([
      ['reported', 'Reuters', 'The talks collapsed on Friday'],
      ['citing', 'two diplomats', 'The talks collapsed on Friday'],
    ]);
    expect(suggested('The ministry said on Monday that 40 people had died, citing hospital officials.')).toEqual([
      ['said', 'The ministry', 'that 40 people had died'],
      ['citing', 'hospital officials', 'that 40 people had died'],
    ]);
  });

  it('between a source and its cue, leave the report its source and cite its content', () => {
    expect(suggested('Israeli media, citing unnamed officials, reported that the delegation would be led by the director.')).toEqual([
      ['reported', 'Israeli media', 'that the delegation would be led by the director'],
      ['citing', 'unnamed officials', 'that the delegation would be led by the director'],
    ]);
  });

  it('between a cue and its content, make the report and the citation of that content', () => {
    expect(suggested('Reuters reported, citing two sources familiar with the matter, that the talks had collapsed.')).toEqual([
      ['reported', 'Reuters', 'that the talks had collapsed'],
      ['citing', 'two sources familiar with the matter', 'that the talks had collapsed'],
    ]);
  });

  it('suggest nothing when they give a reason rather than a source', () => {
    expect(suggested('The company cut its forecast, citing weak demand.')).toEqual([]);
    // a reason is no source, even after a report
    expect(suggested('The company said it cut its forecast, citing weak demand.').map(([cue]) => cue)).toEqual(['said']);
    expect(suggested('The company, citing weak demand, said it would cut jobs.')).toEqual([['said', 'The company', 'it would cut jobs']]);
    expect(suggested('He declined to name the customers, citing confidentiality agreements.')).toEqual([]);
    expect(suggested('The office confirmed it was aware of the incident, but declined to comment further, citing its policy.').map(([cue]) => cue)).toEqual(['confirmed']);
  });
});
