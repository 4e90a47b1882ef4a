// The search box's query language: words, phrases, field filters, negation, and the problems it
// reports with their place instead of failing.
import { describe, expect, it } from 'vitest';
import { fieldClause, parseQuery } from '@shared/search/query-language';

describe('parseQuery', () => {
  it('reads words, quoted phrases and field filters, with quoted values', () => {
    expect(parseQuery('rocket "informed sources" source:"Al Mayadeen" status:false tag:syria').clauses).toEqual([
      { kind: 'word', text: 'rocket', negated: false },
      { kind: 'phrase', text: 'informed sources', negated: false },
      { kind: 'field', field: 'source', value: 'Al Mayadeen', negated: false },
      { kind: 'field', field: 'status', value: 'false', negated: false },
      { kind: 'field', field: 'tag', value: 'syria', negated: false },
    ]);
  });

  it('negates words, phrases and filters with a leading minus, and keeps a lone minus as a word', () => {
    expect(parseQuery('-drone -"no comment" -status:verified - x').clauses).toEqual([
      { kind: 'word', text: 'drone', negated: true },
      { kind: 'phrase', text: 'no comment', negated: true },
      { kind: 'field', field: 'status', value: 'verified', negated: true },
      { kind: 'word', text: '-', negated: false },
      { kind: 'word', text: 'x', negated: false },
    ]);
  });

  it('accepts field names in any case and their other spellings', () => {
    expect(parseQuery('Source:reuters ATTR:direct-quote before:2023-11').clauses).toEqual([
      { kind: 'field', field: 'source', value: 'reuters', negated: false },
      { kind: 'field', field: 'attribution', value: 'direct-quote', negated: false },
      { kind: 'field', field: 'to', value: '2023-11', negated: false },
    ]);
  });

  it('reports an unknown field, an empty value, a bad date and an unclosed quote, with their place', () => {
    const parsed = parseQuery('colour:red status: from:yesterday "open');
    expect(parsed.problems).toEqual([
      { at: 0, message: expect.stringMatching(/^"colour:" is not a field; use one of source: status: tag:/) },
      { at: 11, message: 'status: needs a value, as in status:name.' },
      { at: 19, message: 'from: takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday".' },
      { at: 34, message: 'A quoted phrase is not closed.' },
    ]);
    expect(parsed.clauses).toEqual([{ kind: 'phrase', text: 'open', negated: false }]);
  });

  it('writes a filter back so that it parses to the same clause', () => {
    for (const [field, value] of [['source', 'Al Mayadeen'], ['tag', 'syria'], ['source', 'say "no"']] as const) {
      const clause = parseQuery(fieldClause(field, value, true)).clauses[0];
      expect(clause).toEqual({ kind: 'field', field, value: value.replace(/"/g, ''), negated: true });
    }
  });

  it('takes AND as the default it is, and says OR is not understood rather than searching for "or"', () => {
    const parsed = parseQuery('status:false OR status:disputed AND drone or');
    expect(parsed.clauses).toEqual([
      { kind: 'field', field: 'status', value: 'false', negated: false },
      { kind: 'field', field: 'status', value: 'disputed', negated: false },
      { kind: 'word', text: 'drone', negated: false },
      { kind: 'word', text: 'or', negated: false },
    ]);
    expect(parsed.problems).toEqual([{ at: 13, message: expect.stringMatching(/^OR is not understood: every word and filter must hold\./) }]);
  });
});
