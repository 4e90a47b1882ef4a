// Follows the claims table's query: asks the core for the first page when the filter, the sort or
// the library changes (a moment after typing stops), then for further pages as rows scroll into
// view. Answers to an older query are dropped, so the table never shows a stale page.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClaimFilter, ClaimSort } from '@shared/search/claim-filter';
import type { ClaimFacetCounts, ClaimQueryResult, ClaimTableRow } from '@shared/search/claims-table';
import type { BridgeClient } from '../bridge/bridge-client';

export const PAGE_SIZE = 100;
/** How long typing must pause before the query runs. */
const TYPING_PAUSE_MS = 150;

export interface ClaimsQueryState {
  result: Omit<ClaimQueryResult, 'rows' | 'offset'> | null;
  /** the facet counts of the result, asked for once its first page is shown */
  facets: ClaimFacetCounts | null;
  rows: ReadonlyMap<number, ClaimTableRow>;
  error: string | null;
  /** the filter and sort the rows answer */
  key: string;
}

const EMPTY: ClaimsQueryState = { result: null, facets: null, rows: new Map(), error: null, key: '' };

export function useClaimsQuery(bridge: BridgeClient, filter: ClaimFilter, sort: ClaimSort, libraryStamp: unknown) {
  const [state, setState] = useState<ClaimsQueryState>(EMPTY);
  const generation = useRef(0);
  const asked = useRef(new Set<number>());
  const current = useRef({ filter, sort });
  useLayoutEffect(() => {
    current.current = { filter, sort };
  });

  const fetchPage = useCallback(
    async (page: number, forGeneration: number) => {
      asked.current.add(page);
      const { filter: f, sort: s } = current.current;
      const key = JSON.stringify([f, s]);
      const answer = await bridge.call('claims:query', { filter: f, sort: s, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
      if (forGeneration !== generation.current) return;
      if (!answer.ok) {
        asked.current.delete(page);
        setState((old) => ({ ...old, error: answer.error.message, key }));
        return;
      }
      const { rows, offset, ...result } = answer.value;
      setState((old) => {
        const next = page === 0 ? new Map<number, ClaimTableRow>() : new Map(old.rows);
        rows.forEach((row, i) => next.set(offset + i, row));
        return { ...old, result, rows: next, error: null, key };
      });
      if (page !== 0) return;
      const facets = await bridge.call('claims:facets', { filter: f });
      if (forGeneration === generation.current && facets.ok) setState((old) => ({ ...old, facets: facets.value }));
    },
    [bridge],
  );

  useEffect(() => {
    const mine = ++generation.current;
    asked.current = new Set();
    const timer = setTimeout(() => void fetchPage(0, mine), filter.query ? TYPING_PAUSE_MS : 0);
    return () => clearTimeout(timer);
    // the filter and sort are compared by value, so a new object with the same content asks nothing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(filter), JSON.stringify(sort), libraryStamp, fetchPage]);

  /** Asks for the pages holding rows first..last that have not been asked for yet. */
  const ensureRows = useCallback(
    (first: number, last: number) => {
      if (!state.result) return;
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
        if (!asked.current.has(page) && page * PAGE_SIZE < state.result.total) void fetchPage(page, generation.current);
      }
    },
    [state.result, fetchPage],
  );

  return { ...state, loading: state.key !== JSON.stringify([filter, sort]), ensureRows };
}
