// The search box's query language: words, "quoted phrases" and field filters (source:, status:,
// tag:, attribution:, kind:, outlet:, doc:, anchor:, from:, to:), each negatable with a leading
// minus. Parsing never fails: what cannot be understood is reported as a problem with its place.

export const QUERY_FIELDS = ['source', 'status', 'tag', 'attribution', 'kind', 'outlet', 'doc', 'anchor', 'from', 'to'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

/** Other spellings a user may type for a field. */
const FIELD_ALIASES: Record<string, QueryField> = { attr: 'attribution', document: 'doc', type: 'attribution', sourcekind: 'kind', after: 'from', before: 'to' };

export type QueryClause =
  | { kind: 'word'; text: string; negated: boolean }
  | { kind: 'phrase'; text: string; negated: boolean }
  | { kind: 'field'; field: QueryField; value: string; negated: boolean };

export interface QueryProblem {
  /** character offset in the query, or -1 when the problem is with what a value names */
  at: number;
  message: string;
}

export interface ParsedQuery {
  clauses: QueryClause[];
  problems: QueryProblem[];
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function fieldOf(name: string): QueryField | null {
  const lower = name.toLowerCase();
  return (QUERY_FIELDS as readonly string[]).includes(lower) ? (lower as QueryField) : (FIELD_ALIASES[lower] ?? null);
}

/** Reads a value that may be quoted; returns it and where reading stopped. */
function readValue(query: string, from: number): { value: string; next: number; unclosed: boolean } {
  if (query[from] === '"') {
    const close = query.indexOf('"', from + 1);
    if (close === -1) return { value: query.slice(from + 1), next: query.length, unclosed: true };
    return { value: query.slice(from + 1, close), next: close + 1, unclosed: false };
  }
  let end = from;
  while (end < query.length && !/\s/.test(query[end]!)) end++;
  return { value: query.slice(from, end), next: end, unclosed: false };
}

/** A clause with where it is in the query (from its minus, if negated, to its end). */
interface PlacedClause {
  clause: QueryClause;
  start: number;
  end: number;
}

/** Reads the query's clauses with their places, and its problems. */
function scanQuery(query: string): { placed: PlacedClause[]; problems: QueryProblem[] } {
  const placed: PlacedClause[] = [];
  const problems: QueryProblem[] = [];
  let at = 0;
  while (at < query.length) {
    if (/\s/.test(query[at]!)) {
      at++;
      continue;
    }
    const start = at;
    const negated = query[at] === '-' && at + 1 < query.length && !/\s/.test(query[at + 1]!);
    if (negated) at++;
    const fieldMatch = /^([A-Za-z]+):/.exec(query.slice(at));
    if (fieldMatch) {
      const field = fieldOf(fieldMatch[1]!);
      const { value, next, unclosed } = readValue(query, at + fieldMatch[0].length);
      at = next;
      if (unclosed) problems.push({ at: start, message: `The quote opened after ${fieldMatch[1]}: is not closed.` });
      if (!field) {
        problems.push({ at: start, message: `"${fieldMatch[1]}:" is not a field; use one of ${QUERY_FIELDS.map((f) => `${f}:`).join(' ')}.` });
        continue;
      }
      const trimmed = value.trim();
      if (trimmed === '') problems.push({ at: start, message: `${field}: needs a value, as in ${field}:${field === 'from' || field === 'to' ? '2023-11-01' : 'name'}.` });
      else if ((field === 'from' || field === 'to') && !DATE.test(trimmed)) problems.push({ at: start, message: `${field}: takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${trimmed}".` });
      else placed.push({ clause: { kind: 'field', field, value: trimmed, negated }, start, end: at });
      continue;
    }
    if (query[at] === '"') {
      const { value, next, unclosed } = readValue(query, at);
      at = next;
      if (unclosed) problems.push({ at: start, message: 'A quoted phrase is not closed.' });
      if (value.trim() !== '') placed.push({ clause: { kind: 'phrase', text: value.trim(), negated }, start, end: at });
      continue;
    }
    const { value, next } = readValue(query, at);
    at = next;
    // every word and filter must hold: AND says so again, OR cannot be honoured (and finding claims
    // with "or" in them instead would be a silent surprise)
    if (!negated && value === 'AND') continue;
    if (!negated && value === 'OR') {
      problems.push({ at: start, message: 'OR is not understood: every word and filter must hold. For claims with either of two values, choose both in a facet beside the table (Status, Tag…).' });
      continue;
    }
    placed.push({ clause: { kind: 'word', text: value, negated }, start, end: at });
  }
  return { placed, problems };
}

/** Parses a query typed in the search box. */
export function parseQuery(query: string): ParsedQuery {
  const { placed, problems } = scanQuery(query);
  return { clauses: placed.map((p) => p.clause), problems };
}

/**
 * The query with the values of one field's filters replaced where `replace` gives a new value
 * (a renamed tag in a saved set's query), the rest of the query as typed; null when none changed.
 */
export function withFieldValuesReplaced(query: string, field: QueryField, replace: (value: string) => string | null): string | null {
  let changed = false;
  let rewritten = query;
  // from the end, so the places of the clauses not yet rewritten still hold
  for (const { clause, start, end } of scanQuery(query).placed.reverse()) {
    if (clause.kind !== 'field' || clause.field !== field) continue;
    const value = replace(clause.value);
    if (value === null) continue;
    rewritten = `${rewritten.slice(0, start)}${fieldClause(field, value, clause.negated)}${rewritten.slice(end)}`;
    changed = true;
  }
  return changed ? rewritten : null;
}

/** Writes a field filter the way the parser reads it back (quoting values with spaces). */
export function fieldClause(field: QueryField, value: string, negated = false): string {
  const quoted = /[\s"]/.test(value) ? `"${value.replace(/"/g, '')}"` : value;
  return `${negated ? '-' : ''}${field}:${quoted}`;
}
