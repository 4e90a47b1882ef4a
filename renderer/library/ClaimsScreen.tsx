// The claims screen across the library: the search box (words, "phrases", field:value), the facets,
// the table or the charts, saving the filter as a set, and bulk edits of the selected claims.
import { useCallback, useMemo, useState } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import { isEmptyFilter, type ClaimSort } from '@shared/search/claim-filter';
import type { ClaimTableRow } from '@shared/search/claims-table';
import { ExportMenu } from '../components/ExportMenu';
import { useActions, useAppState } from '../state/app-context';
import { BulkEditBar } from './BulkEditBar';
import { ChartsView } from './ChartsView';
import { ClaimsTable, type TableSelection } from './ClaimsTable';
import { FacetPanel } from './FacetPanel';
import { NoClaims } from './NoClaims';
import { SetControls } from './SetControls';
import { NAMED_AS, namedFilters, type NamedFilter } from './named-filters';
import { useClaimsQuery } from './use-claims-query';
import { whyNoClaims } from './why-no-claims';

const NO_SELECTION: TableSelection = { all: false, ids: new Map() };
const QUERY_HELP = 'Words, "exact phrases", and filters such as source:Reuters status:false tag:syria attribution:anonymous-source outlet: doc: from:2023-11 to:2023-12; a minus sign leaves out.';

export function ClaimsScreen({ library }: { library: LibraryView }) {
  const actions = useActions();
  const { claimsFilter: filter, activeSetId, claimsView } = useAppState();
  // until the user picks a column: the best matches first when searching, else the latest changed
  const [chosenSort, setSort] = useState<ClaimSort | null>(null);
  const sort: ClaimSort = chosenSort ?? (filter.query.trim() ? { column: 'relevance', descending: true } : { column: 'updated', descending: true });
  // a selection belongs to the filter it was made under; a new filter starts with none
  const filterKey = JSON.stringify(filter);
  const [chosen, setChosen] = useState<{ filterKey: string; selection: TableSelection }>({ filterKey, selection: NO_SELECTION });
  const selection = chosen.filterKey === filterKey ? chosen.selection : NO_SELECTION;
  const setSelection = useCallback((change: TableSelection | ((old: TableSelection) => TableSelection)) => {
    setChosen((old) => {
      const current = old.filterKey === filterKey ? old.selection : NO_SELECTION;
      return { filterKey, selection: typeof change === 'function' ? change(current) : change };
    });
  }, [filterKey]);
  const query = useClaimsQuery(actions.bridge, filter, sort, library);
  const sourceNames = useMemo(() => new Map(library.sources.map((s) => [s.id, s.name])), [library.sources]);
  const active = library.sets.find((s) => s.id === activeSetId) ?? null;
  const changed = active !== null && JSON.stringify(active.filter) !== JSON.stringify(filter);
  const total = query.result?.total ?? 0;
  const named = useMemo(() => namedFilters(filter.query, library.sources, library.taxonomy, filter.facets), [filter.query, filter.facets, library.sources, library.taxonomy]);
  // why nothing shows, once the answer says so: a library without claims teaches how to make them
  const noClaims = query.result && total === 0 ? whyNoClaims(library.documents, filter) : null;

  // a row ticked joins the chosen ones; after "select all", a row unticked is left out of all
  const select = useCallback((row: ClaimTableRow, on: boolean) => {
    setSelection((old) => {
      const ids = new Map(old.ids);
      if (on !== old.all) ids.set(row.id, row.documentId);
      else ids.delete(row.id);
      return { all: old.all, ids };
    });
  }, [setSelection]);
  const selectedCount = selection.all ? Math.max(0, total - selection.ids.size) : selection.ids.size;

  return (
    <section className="claims-screen" aria-labelledby="claims-title">
      <header className="claims-screen__header">
        <div className="claims-screen__title-row">
          <h1 id="claims-title" className="panel__title">
            {active ? active.name : 'All claims'}
            {changed ? <span className="claims-screen__changed"> (changed)</span> : null}
          </h1>
          <p className="claims-screen__count" role="status">
            {query.result ? `${total.toLocaleString('en')} ${total === 1 ? 'claim' : 'claims'} in ${query.result.documents.toLocaleString('en')} ${query.result.documents === 1 ? 'document' : 'documents'}` : 'Searching…'}
          </p>
          <div className="claims-screen__views" role="group" aria-label="Show">
            <button type="button" className="button button--small" aria-pressed={claimsView === 'table'} onClick={() => actions.across.setClaimsView('table')}>
              Table
            </button>
            <button type="button" className="button button--small" aria-pressed={claimsView === 'charts'} onClick={() => actions.across.setClaimsView('charts')}>
              Charts
            </button>
          </div>
        </div>
        <div className="claims-screen__search-row">
          <input
            className="input claims-screen__search"
            type="search"
            aria-label="Search claims"
            aria-describedby="claims-query-help"
            placeholder='Search claims: words, "phrases", source:, status:, tag:…'
            value={filter.query}
            maxLength={2000}
            onChange={(e) => actions.across.setFilter({ ...filter, query: e.target.value })}
          />
          <SetControls active={active} changed={changed} filterEmpty={isEmptyFilter(filter)} />
          <ExportMenu
            small
            claimsOnly
            heading={active && !changed ? `The set “${active.name}” as…` : 'These claims as…'}
            disabled={total === 0}
            onExport={(format) => void actions.exportClaims(format, [], active && !changed ? { setId: active.id } : { filter })}
          />
        </div>
        <p id="claims-query-help" className="claims-screen__help">
          {QUERY_HELP}
        </p>
        {named.length > 0 ? <NamedFilters named={named} onPick={(facets) => actions.across.setFilter({ query: '', facets })} /> : null}
        {query.result?.problems.length ? (
          <ul className="claims-screen__problems" role="alert">
            {query.result.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        ) : null}
        {query.error ? <p role="alert">{query.error}</p> : null}
        {selectedCount > 0 && claimsView === 'table' ? (
          <BulkEditBar
            count={selectedCount}
            taxonomy={library.taxonomy}
            onClear={() => setSelection(NO_SELECTION)}
            onEdit={(change) => {
              const refs = [...selection.ids].map(([claimId, documentId]) => ({ claimId, documentId }));
              const target = selection.all ? { filter, ...(refs.length > 0 ? { except: refs } : {}) } : { claims: refs };
              void actions.across.bulkEdit(target, change);
            }}
          />
        ) : null}
      </header>
      <div className="claims-screen__body">
        <FacetPanel facets={filter.facets} counts={query.facets} library={library} onChange={(facets) => actions.across.setFilter({ ...filter, facets })} />
        {noClaims && (noClaims !== 'no-match' || claimsView === 'table') ? (
          <NoClaims reason={noClaims} documents={library.documents} named={named} />
        ) : claimsView === 'charts' ? (
          <ChartsView filter={filter} library={library} />
        ) : (
          <ClaimsTable
            rows={query.rows}
            total={total}
            terms={query.result?.terms ?? []}
            sort={sort}
            onSort={setSort}
            selection={selection}
            onSelect={select}
            onSelectAll={(all) => setSelection({ all, ids: new Map() })}
            onOpen={(row) => void actions.across.openClaimFromTable(row.documentId, row.id)}
            ensureRows={query.ensureRows}
            taxonomy={library.taxonomy}
            sourceNames={sourceNames}
          />
        )}
      </div>
    </section>
  );
}


/** The filters the words also name, offered under the search box: "Claims whose source is Reuters or Reuters Health". */
function NamedFilters({ named, onPick }: { named: readonly NamedFilter[]; onPick: (facets: NamedFilter['facets']) => void }) {
  return (
    <p className="claims-screen__named">
      Words find the claims’ own text. Claims{' '}
      {named.map((filter, at) => (
        <span key={`${filter.kind}:${filter.name}`}>
          {at > 0 ? ' or ' : null}
          {at === 0 || named[at - 1]!.kind !== filter.kind ? `${NAMED_AS[filter.kind]} ` : null}
          <button type="button" className="claims-screen__named-filter" onClick={() => onPick(filter.facets)}>
            {filter.name}
          </button>
        </span>
      ))}
      .
    </p>
  );
}
