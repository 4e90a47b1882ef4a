// The sentence rules on constructions news text uses often: a cue verb coordinated with the sentence's
// first verb ("... and said"), a backward report followed by an aside (", raising ..."), and sources
// with hyphenated modifiers ("the Boston-based company"). Checked on the rules alone (analyse), so a
// retrained tagger cannot hide a rule that stopped working; and the tagger's decoding drops a content
// with no meaningful word.
import { describe, expect, it } from 'vitest';
import { decodeProposals } from '../../../shared/suggest/decode';
import { analyse } from '../../../shared/suggest/detect-attributions';
import { LABELS } from '../../../shared/suggest/tagger';
import { tokenize } from '../../../shared/suggest/tokenize';

/** The kept rule proposals as [content, source] texts. */
function ruleReports(text: string): [string, string | null][] {
  return analyse(text).kept.map((p) => [text.slice(...p.content), p.source === null ? null : text.slice(...p.source)]);
}

describe('sentence rules', () => {
  it('gives a cue coordinated with the first verb the sentence subject as its source', () => {
    expect(ruleReports('The port authority closed the harbour on Monday and said ferries would resume on Friday.')).toEqual([['ferries would resume on Friday', 'The port authority']]);
    expect(ruleReports('The union welcomed the offer but said its members would vote on it next week.')).toEqual([['its members would vote on it next week', 'The union']]);
    expect(ruleReports('The Riverside Tenants Association, the largest group in the city, filed a complaint and said rents would double.')).toEqual([['rents would double', 'The Riverside Tenants Association']]);
  });

  it('ends a content before ", but" and the next predicate of its source, in the past tense', () => {
    expect(ruleReports('Sauer said the company was in talks with its partners, but declined to give details.')).toEqual([['the company was in talks with its partners', 'Sauer']]);
    expect(ruleReports('Police said officers had regained control of the road, but did not give a death toll.')).toEqual([['officers had regained control of the road', 'Police']]);
    expect(ruleReports('The agency said flooding had cut the main road, but cautioned against travel to the area.')).toEqual([['flooding had cut the main road', 'The agency']]);
    // an event the content goes on with is the content's, as is a "but" clause with a subject of its own
    expect(ruleReports('The central bank said the economy grew, but slowed in the fourth quarter.')).toEqual([['the economy grew, but slowed in the fourth quarter', 'The central bank']]);
    expect(ruleReports('The minister said the plan was costly, but the savings justified it.')).toEqual([['the plan was costly, but the savings justified it', 'The minister']]);
  });

  it('keeps a participle phrase set off by commas in the source, as a relative clause is', () => {
    expect(ruleReports('The report, released Tuesday by the Labor Department, showed that unemployment rose.')).toEqual([['that unemployment rose', 'The report, released Tuesday by the Labor Department']]);
    expect(ruleReports('The judgment, handed down in London on Thursday, said the consultation was flawed.')).toEqual([['the consultation was flawed', 'The judgment, handed down in London on Thursday']]);
    expect(ruleReports('The report, released Friday, said that wages rose.')).toEqual([['that wages rose', 'The report, released Friday']]);
  });

  it('leaves a coordinated cue with a subject of its own to that subject', () => {
    expect(ruleReports('The mayor cut the budget and the council said it would fight the cuts.')).toEqual([['it would fight the cuts', 'the council']]);
  });

  it('takes the words before a backward cue, not an aside after it, as the content', () => {
    const text = 'Exports fell 4% in March from a year earlier, the statistics office said on Tuesday, raising fears that the slowdown is deepening.';
    expect(ruleReports(text)[0]).toEqual(['Exports fell 4% in March from a year earlier', 'the statistics office']);
    expect(ruleReports('Unemployment rose to 6.1%, the ministry said, compared with 5.8% in January.')).toEqual([['Unemployment rose to 6.1%', 'the ministry']]);
  });

  it('keeps hyphenated modifiers in a source, before and after its cue', () => {
    expect(ruleReports('Sales doubled in the second quarter, the Boston-based company said.')).toEqual([['Sales doubled in the second quarter', 'the Boston-based company']]);
    expect(ruleReports('The strikes hit a fuel depot, said the Kremlin-backed news agency.')).toEqual([['The strikes hit a fuel depot', 'the Kremlin-backed news agency']]);
    expect(ruleReports('State-run television said the bridge had reopened.')).toEqual([['the bridge had reopened', 'State-run television']]);
  });
});

describe('according to', () => {
  it('reads the words after "according to" as a noun phrase, whatever the tagger made of them', () => {
    expect(ruleReports('The flood displaced 40,000 people, according to figures from the regional government.')).toEqual([['The flood displaced 40,000 people', 'figures from the regional government']]);
    expect(ruleReports('Talks resumed on Monday, according to state media.')).toEqual([['Talks resumed on Monday', 'state media']]);
  });

  it('runs a sentence-opening source to its comma over a participle or prepositional phrase', () => {
    expect(ruleReports('According to documents filed in court, the firm expected to list its shares next year.')[0]).toEqual(['the firm expected to list its shares next year', 'documents filed in court']);
    expect(ruleReports('According to a survey by the chamber of commerce published on Friday, 40% of shops plan to hire.')[0]).toEqual(['40% of shops plan to hire', 'a survey by the chamber of commerce published on Friday']);
  });

  it('takes the clause before a mid-sentence source, not the words after it, when that clause has a verb', () => {
    expect(ruleReports('Bee numbers have fallen by a third, according to a long-running survey, published on Wednesday.')).toEqual([['Bee numbers have fallen by a third', 'a long-running survey']]);
    expect(ruleReports('The country received 15.7 million tourists last year, according to official figures, and the government hopes for more.')).toEqual([['The country received 15.7 million tourists last year', 'official figures']]);
  });

  it('takes an interrupted clause whole, the interruption included', () => {
    expect(ruleReports('The minister, according to two aides, offered to resign.')).toEqual([['The minister, according to two aides, offered to resign', 'two aides']]);
    // a clause left open before the source goes on after it (the seed article's "have thus far, according to US figures, caused ...")
    expect(ruleReports('Attacks by the group have thus far, according to US figures, caused 56 casualties.')).toEqual([['caused 56 casualties', 'US figures']]);
  });

  it('leaves a contrast after the source to the writer', () => {
    expect(ruleReports('The mayor leads the race, according to a poll released Tuesday, though a third of voters remain undecided.')).toEqual([['The mayor leads the race', 'a poll released Tuesday']]);
  });

  it('ends a content before another source’s report after a comma, also when a quotation closes after the comma', () => {
    const text = 'Dr. Helen Park, an economist at the University of Eastborough, said the tax was "a reasonable, if blunt, instrument," while the institute warned that it would hit rural households.';
    expect(ruleReports(text)).toEqual([
      ['the tax was "a reasonable, if blunt, instrument,"', 'Dr. Helen Park, an economist at the University of Eastborough'],
      ['that it would hit rural households', 'the institute'],
    ]);
  });

  it('leaves to the writer a comment on the quoted words after them ("," a figure his ministry has repeated")', () => {
    expect(ruleReports('Reyes claimed that fuel prices are "the lowest in the region," a figure his ministry has repeated for months.')).toEqual([['that fuel prices are "the lowest in the region,"', 'Reyes']]);
  });
});

describe('sources and contents', () => {
  it("does not take a relative clause that the sentence's own verb follows as part of the source", () => {
    const text = 'The plant, which will make batteries, is expected to open in 2028 and employ 900 people, the company said.';
    expect(ruleReports(text)).toEqual([['The plant, which will make batteries, is expected to open in 2028 and employ 900 people', 'the company']]);
  });

  it("keeps an anonymous source's relative clause", () => {
    expect(ruleReports('The talks will fail, an official, who asked not to be named, said.')).toEqual([['The talks will fail', 'an official, who asked not to be named']]);
  });

  it('keeps a gerund before its noun, and a name set off by commas after a role, in the source', () => {
    const quote = '"If they have nothing to hide, they should let us see the logs."';
    expect(ruleReports(`Alcantara's running mate, Dennis Ocampo, was blunt: ${quote}`)).toEqual([[quote, "Alcantara's running mate, Dennis Ocampo"]]);
    expect(ruleReports('The ruling party said the vote was fair.')).toEqual([['the vote was fair', 'The ruling party']]);
  });

  it('takes the clause before a cue followed by "in a report seen by ...", not the participle, and leaves a dateline out', () => {
    expect(ruleReports('VIENNA (Reuters) - Iran has increased its stockpile, the U.N. nuclear watchdog said in a confidential report seen by Reuters on Wednesday.')).toEqual([
      ['Iran has increased its stockpile', 'the U.N. nuclear watchdog'],
    ]);
    expect(ruleReports('STOCKHOLM, Oct 3 - Sales fell in September, the airline said.')).toEqual([['Sales fell in September', 'the airline']]);
    // capitals before a dash that a lower-case word follows are the sentence's own subject
    expect(ruleReports('NATO - already stretched - will send more troops, the minister said.')).toEqual([['NATO - already stretched - will send more troops', 'the minister']]);
  });

  it('keeps a participle phrase without "-ed" set off by commas in the source', () => {
    expect(ruleReports("The report, sent to the agency's member states ahead of a board of governors meeting next week, also said Iran had not made progress.")).toEqual([
      ['Iran had not made progress', "The report, sent to the agency's member states ahead of a board of governors meeting next week"],
    ]);
  });

  it('keeps a name with "on" in it, and its bracketed short form, in a source', () => {
    expect(ruleReports('Villaflor had 51.2% of the vote, according to partial results published by the Commission on Elections (Comelec).')).toEqual([
      ['Villaflor had 51.2% of the vote', 'partial results published by the Commission on Elections (Comelec)'],
    ]);
    expect(ruleReports('Prices rose sharply in May, the minister said on Monday.')).toEqual([['Prices rose sharply in May', 'the minister']]);
  });

  it('keeps a place adverb in the source', () => {
    expect(ruleReports('Doctors there said the clinic had run out of insulin.')).toEqual([['the clinic had run out of insulin', 'Doctors there']]);
  });

  it('keeps a participle with its time or agent in a source before a finding verb', () => {
    expect(ruleReports('A UN report published last month found that most clinics had closed.')).toEqual([['that most clinics had closed', 'A UN report published last month']]);
    expect(ruleReports('A survey of 400 farms released on Monday by the farmers’ union found that yields fell.')).toEqual([['that yields fell', 'A survey of 400 farms released on Monday by the farmers’ union']]);
  });

  it('goes on over a second "that" clause of the same cue', () => {
    expect(ruleReports('He said that prices would rise and that wages would fall.')).toEqual([['that prices would rise and that wages would fall', 'He']]);
    expect(ruleReports('The audit found that bills were paid late, and that staff were rarely told why.')).toEqual([['that bills were paid late, and that staff were rarely told why', 'The audit']]);
  });

  it('gives a passive cue, after an adverb too, no source, and the clause after it as content', () => {
    expect(ruleReports('Tenants were sometimes told the damp was their fault.')).toEqual([['the damp was their fault', null]]);
    expect(ruleReports('Residents were told that the water was unsafe.')).toEqual([['that the water was unsafe', null]]);
    expect(analyse('Investors were always told this was risky.').kept.map((p) => 'Investors were always told this was risky.'.slice(...p.cue!))).toEqual(['were always told']);
  });

  it('finds the "that" of an agentless passive after a time adverbial', () => {
    expect(ruleReports('It was reported last week that hundreds of families had left.')).toEqual([['that hundreds of families had left', null]]);
    expect(ruleReports('It was reported in April that the sponsor had pulled out.')).toEqual([['that the sponsor had pulled out', null]]);
  });

  it('finds no report in a passive of telling followed by an instruction or an object', () => {
    expect(ruleReports('Residents were told to leave.')).toEqual([]);
    expect(ruleReports('Residents were told the news by post.')).toEqual([]);
  });

  it('ends no source on a conjunction: a cue after ", and" takes the report before it as its speaker', () => {
    // it was "two years, which it called "an insult", and"
    expect(ruleReports('The union rejected the offer of two years, which it called "an insult", and accused the company of lying to staff.')[2]).toEqual(['the company of lying to staff', 'it']);
  });

  it('reads "called on" as one cue, not as a time adverbial\'s "on"', () => {
    expect(ruleReports('The transport ministry called on both sides to return to the negotiating table.')).toEqual([['both sides to return to the negotiating table', 'The transport ministry']]);
    expect(ruleReports('Dossou said his party would appeal and called on supporters to remain calm.')).toEqual([
      ['his party would appeal', 'Dossou'],
      ['supporters to remain calm', 'Dossou'],
    ]);
  });

  it('skips the one addressed, a pronoun or a noun phrase, before the reported clause', () => {
    expect(ruleReports('Police told me that the car was stolen.')).toEqual([['that the car was stolen', 'Police']]);
    expect(ruleReports('The ministry told us the border would stay closed.')).toEqual([['the border would stay closed', 'The ministry']]);
    expect(ruleReports('Witnesses told police the car had been stolen.')).toEqual([['the car had been stolen', 'Witnesses']]);
    // "that" before a bare plural, which wink reads as a determiner, is not part of the one addressed
    expect(ruleReports('Residents told reporters that taps had run dry for up to three days.')).toEqual([['that taps had run dry for up to three days', 'Residents']]);
  });

  it('keeps a list of noun phrases in an object content', () => {
    expect(ruleReports('Retailers blamed weak consumer spending, higher business rates and rising wage costs.')).toEqual([['weak consumer spending, higher business rates and rising wage costs', 'Retailers']]);
  });

  it('ends no sentence inside a number written with a period', () => {
    expect(tokenize('It spent Sh1.2 billion on the project. Work stopped.').sentences).toHaveLength(2);
    expect(ruleReports('The firm said it had spent more than Sh1.2 billion on the project.')).toEqual([['it had spent more than Sh1.2 billion on the project', 'The firm']]);
  });
});

describe('decoding the tagger labels', () => {
  const label = (name: string) => LABELS.indexOf(name as (typeof LABELS)[number]);

  it('drops a content made only of function words', () => {
    const { tokens } = tokenize('He said that had been.');
    const labels = [label('B-S'), label('B-Q'), label('B-C'), label('I-C'), label('I-C'), label('O')];
    expect(decodeProposals(tokens, labels, 0, () => 1)).toEqual([]);
  });

  it('keeps a content with a meaningful word', () => {
    const { tokens } = tokenize('He said prices rose.');
    const labels = [label('B-S'), label('B-Q'), label('B-C'), label('I-C'), label('O')];
    expect(decodeProposals(tokens, labels, 0, () => 1).map((p) => p.content)).toEqual([[8, 19]]);
  });
});
