// The detector's contract: offsets that cut out the texts they carry, sorted output, direct quotes
// with their marks, a quote resumed after its cue kept as one attribution, and the types of GUIDE.md.
import { describe, expect, it } from 'vitest';
import { detectAttributions } from '../../../shared/suggest/detect-attributions';

const ARTICLE = [
  'Talks collapse',
  '"We will not be intimidated," the minister said. "They cannot stop us."',
  'Officials said that the border would stay closed until Monday.',
  'According to UN figures, 4,000 people fled the city last week.',
  'The talks will fail, a diplomat who asked not to be named told Reuters.',
  'The army said in a statement that two soldiers were wounded.',
].join('\n');

describe('detectAttributions', () => {
  const suggestions = detectAttributions(ARTICLE);

  it('gives offsets that cut out each span, sorted by content start', () => {
    for (const s of suggestions) {
      for (const range of [s.content, s.source, s.cue]) if (range !== null) expect(ARTICLE.slice(range.start, range.end)).toBe(range.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    expect(suggestions.map((s) => s.content.start)).toEqual([...suggestions.map((s) => s.content.start)].sort((a, b) => a - b));
  });

  it('finds each attribution with its span, source, cue and type', () => {
    expect(suggestions.map((s) => [s.content.text, s.source?.text, s.cue?.text, s.attribution])).toEqual([
      ['"We will not be intimidated," the minister said. "They cannot stop us."', 'the minister', 'said', 'direct-quote'],
      ['that the border would stay closed until Monday', 'Officials', 'said', 'anonymous-source'],
      ['4,000 people fled the city last week', 'UN figures', 'According to', 'data-or-document'],
      ['The talks will fail', 'a diplomat who asked not to be named', 'told', 'anonymous-source'],
      ['that two soldiers were wounded', 'The army', 'said', 'official-statement'],
    ]);
  });

  it('types and names a source by its noun, not by a participle phrase after it', () => {
    const [report] = detectAttributions('The report, released Tuesday by the Labor Department, showed that unemployment rose.');
    expect(report).toMatchObject({ sourceName: 'report', sourceKind: 'document', attribution: 'data-or-document' });
    const [company] = detectAttributions('The company, based in Ohio, said it would cut 200 jobs.');
    expect(company).toMatchObject({ sourceName: 'company', attribution: 'official-statement' });
    // a name ending in "-ed" is no participle
    const [named] = detectAttributions('Mohammed Ali, a spokesman for the ministry, said the talks failed.');
    expect(named).toMatchObject({ sourceName: 'Mohammed Ali', sourceKind: 'person' });
  });

  it('resolves a pronoun source to the nearest named source', () => {
    const [first, second] = detectAttributions('Jane Doe, the mayor, said that taxes would rise.\n"It is the only way," she said.');
    expect(first?.sourceName).toBe('Jane Doe');
    expect(second).toMatchObject({ source: { text: 'she' }, sourceName: 'Jane Doe', sourceKind: 'person', attribution: 'direct-quote' });
  });

  it('takes a titled surname for the person named earlier with it: "Mr Hollis", "Dr Yusuf"', () => {
    const text = 'Councillor Debra Hollis said the drains had failed.\nMr Hollis said repairs would start soon.\nDr Amina Yusuf said the clinic was full. Dr Yusuf said more beds were needed.\nMr Okafor said nothing would change.';
    const names = detectAttributions(text).map((s) => [s.source?.text, s.sourceName]);
    expect(names).toEqual([
      ['Councillor Debra Hollis', 'Councillor Debra Hollis'],
      ['Mr Hollis', 'Councillor Debra Hollis'],
      ['Dr Amina Yusuf', 'Dr Amina Yusuf'],
      ['Dr Yusuf', 'Dr Amina Yusuf'],
      // no one named with the surname before: a source of its own
      ['Mr Okafor', 'Mr Okafor'],
    ]);
  });

  it('names a body without the words that describe it, and takes its first word and "the company" for it', () => {
    const text = 'German carmaker Vantara Motors said profit fell 41%.\nVantara said demand in China was weak.\nThe company said it would cut 2,000 jobs.\nThe ministry said it would study the plan.\nThe Interior Ministry said the talks would resume. The ministry said the border would reopen on Monday.';
    const names = detectAttributions(text).map((s) => [s.source?.text, s.sourceName, s.sourceKind]);
    expect(names).toEqual([
      ['German carmaker Vantara Motors', 'Vantara Motors', 'organization'],
      ['Vantara', 'Vantara Motors', 'organization'],
      ['The company', 'Vantara Motors', 'organization'],
      // no ministry named before: a source of its own
      ['The ministry', 'ministry', 'government'],
      ['The Interior Ministry', 'Interior Ministry', 'government'],
      ['The ministry', 'Interior Ministry', 'government'],
    ]);
    // a noun that says what kind of body: only one the text named or described so ("the carmaker"), never the last one named
    const other = 'German carmaker Vantara Motors said profit fell 41%.\nThe union said the cuts were unfair.\nThe carmaker said talks would go on.';
    expect(detectAttributions(other).map((s) => s.sourceName)).toEqual(['Vantara Motors', 'union', 'Vantara Motors']);
  });

  it('takes "the minister" for the person named earlier with that role, not for a new source', () => {
    const text = 'Finance Minister Daniel Reyes defended the tax, saying it would raise $4 billion.\n"Families will barely notice it," the minister said.\nThe mayor said the tax was unfair.';
    const [defended, quoted, ...rest] = detectAttributions(text);
    expect(defended).toMatchObject({ sourceName: 'Finance Minister Daniel Reyes', sourceKind: 'person' });
    expect(quoted).toMatchObject({ source: { text: 'the minister' }, sourceName: 'Finance Minister Daniel Reyes', sourceKind: 'person' });
    // a role no one named before stays a source of its own, and so does another kind of minister
    expect(rest.find((s) => s.source?.text === 'The mayor')?.sourceName).toBe('mayor');
    const [, defence, finance] = detectAttributions('Finance Minister Daniel Reyes said the tax was fair.\n"It will not hold," the defence minister said.\n"It will," the finance minister said.');
    expect(defence).toMatchObject({ source: { text: 'the defence minister' }, sourceName: 'defence minister' });
    expect(finance).toMatchObject({ source: { text: 'the finance minister' }, sourceName: 'Finance Minister Daniel Reyes' });
  });

  it('keeps a name and its appositive together when the tagger takes the surname for a common noun ("Helen Park")', () => {
    const [said] = detectAttributions('Helen Park, an economist, said the tax was unfair.');
    expect(said).toMatchObject({ source: { text: 'Helen Park, an economist' }, sourceName: 'Helen Park', sourceKind: 'person' });
    // an appositive with no phrase before it, after a capitalised first word tagged a noun
    expect(detectAttributions('Today rose and, the mayor, said the tax was fine.').map((s) => s.source?.text)).toEqual(['the mayor']);
  });

  it('names a titled person by the proper name of the appositive, so that a later pronoun finds them', () => {
    const [affirmed, stated] = detectAttributions('The Secretary-General of Kataib Sayyid al-Shuhada, Abu Alaa al-Walai, affirmed that the operations will not stop.\n"There will be no truce," he stated.');
    expect(affirmed).toMatchObject({ sourceName: 'Abu Alaa al-Walai', sourceKind: 'person' });
    expect(stated).toMatchObject({ source: { text: 'he' }, sourceName: 'Abu Alaa al-Walai' });
  });

  it('reads an acronym in parentheses as part of the source, not as a relative "who", and names the person before its attachment', () => {
    const [told] = detectAttributions('Mike Ryan of the World Health Organization (WHO) told the press the new drugs were only part of the solution.');
    expect(told).toMatchObject({ source: { text: 'Mike Ryan of the World Health Organization (WHO)' }, sourceName: 'Mike Ryan', sourceKind: 'person', attribution: 'indirect-quote' });
  });

  it('keeps a conjunction between the capitalised words of a name inside the source', () => {
    const [announced] = detectAttributions('Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four drugs was stopped early.');
    expect(announced?.source?.text).toBe('Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID)');
    expect(announced?.sourceKind).toBe('person');
    const [according] = detectAttributions('According to the Bill and Melinda Gates Foundation, the vaccine saved lives.');
    expect(according?.source?.text).toBe('the Bill and Melinda Gates Foundation');
    // two phrases joined by "and" are not one name
    const [said] = detectAttributions('Drones struck targets in Syria and Israel said the strikes would continue.');
    expect(said?.source?.text).toBe('Israel');
  });

  it('keeps a first name ending in "-ed" inside the name of a person', () => {
    const [said] = detectAttributions('Prime Minister Mohammed Shia al-Sudani said the strikes must stop.');
    expect(said).toMatchObject({ sourceName: 'Prime Minister Mohammed Shia al-Sudani', sourceKind: 'person' });
  });

  it('ends a source with its sentence, and leaves a day after its name out of it', () => {
    const [quoted] = detectAttributions('"This will protect people at risk," said Health Minister Priya Raman.\nAccording to ministry figures, 2.4 million doses were ordered.');
    expect(quoted).toMatchObject({ source: { text: 'Health Minister Priya Raman' }, attribution: 'direct-quote' });
    const [announced] = detectAttributions('The Ministry of Health today announced the expansion of its vaccination programme to all adults.');
    expect(announced).toMatchObject({ source: { text: 'The Ministry of Health' }, sourceName: 'Ministry of Health' });
  });

  it('takes the source from before an aside set off by commas, not from inside it', () => {
    const [said] = detectAttributions('One shipping executive, speaking on condition of anonymity, said several carriers had already begun rerouting vessels.');
    expect(said).toMatchObject({ source: { text: 'One shipping executive' }, sourceKind: 'anonymous', attribution: 'anonymous-source' });
    const [unnamed] = detectAttributions('Two former commissioners, speaking anonymously, said they had never seen such a deal approved without review.');
    expect(unnamed).toMatchObject({ source: { text: 'Two former commissioners' }, attribution: 'anonymous-source' });
    // a name with its appositive before the aside: the person named, not "a senior official"
    const [named] = detectAttributions('Ahmed Saleh, a senior official, speaking to reporters, said the talks would resume on Monday.');
    expect(named).toMatchObject({ source: { text: 'Ahmed Saleh, a senior official' }, sourceName: 'Ahmed Saleh', attribution: 'indirect-quote' });
  });

  it('reads unnamed people as an anonymous source when a describing word opens the sentence', () => {
    const [said] = detectAttributions('Former commissioners said the deal had never been reviewed.');
    expect(said).toMatchObject({ source: { text: 'Former commissioners' }, sourceKind: 'anonymous', attribution: 'anonymous-source' });
  });

  it('reads sources within or inside a body as anonymous sources, not as the body', () => {
    const [within] = detectAttributions('Sources within the UN peacekeeping mission told Reuters that the convoy had been attacked twice.');
    expect(within).toMatchObject({ source: { text: 'Sources within the UN peacekeeping mission' }, sourceKind: 'anonymous', attribution: 'anonymous-source' });
    const [inside] = detectAttributions('Officials inside the ministry said the budget would be cut.');
    expect(inside).toMatchObject({ source: { text: 'Officials inside the ministry' }, attribution: 'anonymous-source' });
  });

  it('suggests nothing for an empty text or an unsupported language', () => {
    expect(detectAttributions('')).toEqual([]);
    expect(detectAttributions(ARTICLE, { language: 'xx' })).toEqual([]);
  });

  it('suggests nothing, and does not fail, when a text ends right after a cue and its addressee', () => {
    for (const text of ['Police told them', 'Police told me', 'The ministry called on', 'It was reported last']) expect(detectAttributions(text)).toEqual([]);
  });
});
