// The claims table across the library: one row per claim (quote, document, sources, attribution,
// status, tags, updated), sortable by any column, drawn only where it can be seen, so 200,000
// rows scroll as smoothly as twenty. Rows arrive in pages; one not yet here shows as loading.
import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { taxonomyEntry, type Taxonomy } from '@shared/domain/taxonomy';
import type { ClaimSort } from '@shared/search/claim-filter';
import type { ClaimTableRow } from '@shared/search/claims-table';
import { StatusDot } from '../components/StatusDot';
import { excerpt } from '../components/ClaimRow';
import { Highlighted } from './Highlighted';

const ROW_HEIGHT_PX = 60;
const OVERSCAN = 12;

const COLUMNS: { id: ClaimSort['column']; label: string }[] = [
  { id: 'quote', label: 'Claim' },
  { id: 'document', label: 'Document' },
  { id: 'source', label: 'Sources' },
  { id: 'attribution', label: 'Attribution' },
  { id: 'status', label: 'Status' },
  { id: 'tags', label: 'Tags' },
  { id: 'updated', label: 'Updated' },
];

export interface TableSelection {
  /** every claim the filter selects (but those in `ids`) */
  all: boolean;
  /** chosen rows, or with `all` the rows left out: claim id to document id */
  ids: ReadonlyMap<string, string>;
}

interface ClaimsTableProps {
  rows: ReadonlyMap<number, ClaimTableRow>;
  total: number;
  terms: readonly string[];
  sort: ClaimSort;
  onSort: (sort: ClaimSort) => void;
  selection: TableSelection;
  onSelect: (row: ClaimTableRow, selected: boolean) => void;
  onSelectAll: (all: boolean) => void;
  onOpen: (row: ClaimTableRow) => void;
  ensureRows: (first: number, last: number) => void;
  taxonomy: Taxonomy;
  sourceNames: ReadonlyMap<string, string>;
}

export function ClaimsTable({ rows, total, terms, sort, onSort, selection, onSelect, onSelectAll, onOpen, ensureRows, taxonomy, sourceNames }: ClaimsTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT_PX, overscan: OVERSCAN });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => ensureRows(first, last), [first, last, ensureRows]);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [sort.column, sort.descending]);

  const sortBy = (column: ClaimSort['column']) => onSort({ column, descending: sort.column === column ? !sort.descending : column === 'updated' });
  return (
    <div className="claims-table" role="table" aria-label="Claims" aria-rowcount={total + 1}>
      <div className="claims-table__head" role="rowgroup">
        <div className="claims-table__row claims-table__row--head" role="row" aria-rowindex={1}>
          <span role="columnheader" className="claims-table__check">
            <input
              type="checkbox"
              aria-label={`Select all ${total.toLocaleString('en')} claims`}
              checked={selection.all && selection.ids.size === 0}
              ref={(box) => {
                if (box) box.indeterminate = selection.all && selection.ids.size > 0 && selection.ids.size < total;
              }}
              onChange={(e) => onSelectAll(e.target.checked)}
            />
          </span>
          {COLUMNS.map((column) => (
            <span key={column.id} role="columnheader" className={`claims-table__cell claims-table__cell--${column.id}`} aria-sort={sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="claims-table__sort" onClick={() => sortBy(column.id)}>
                {column.label}
                <span aria-hidden="true">{sort.column === column.id ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
              </button>
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} className="claims-table__body" role="rowgroup" tabIndex={-1}>
        <div className="claims-table__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows.get(item.index);
            const style = { transform: `translateY(${item.start}px)`, height: ROW_HEIGHT_PX };
            if (!row) {
              return (
                <div key={item.key} role="row" aria-rowindex={item.index + 2} className="claims-table__row claims-table__row--loading" style={style}>
                  <span role="cell">Loading…</span>
                </div>
              );
            }
            const checked = selection.all !== selection.ids.has(row.id);
            return (
              <div key={row.id} role="row" aria-rowindex={item.index + 2} aria-selected={checked} className="claims-table__row" data-claim-row={row.id} style={style}>
                <span role="cell" className="claims-table__check">
                  <input type="checkbox" aria-label={`Select the claim “${excerpt(row.quote, 60)}”`} checked={checked} onChange={(e) => onSelect(row, e.target.checked)} />
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--quote">
                  <button type="button" className={row.snippet ? 'claims-table__open claims-table__open--with-snippet' : 'claims-table__open'} onClick={() => onOpen(row)} title="Open the claim in its document">
                    <bdi>
                      <Highlighted text={row.quote} terms={terms} fromHit={2} />
                    </bdi>
                  </button>
                  {row.snippet ? (
                    <span className="claims-table__snippet">
                      <Highlighted text={row.snippet} terms={terms} fromHit={1} />
                    </span>
                  ) : null}
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--document">
                  <bdi>{row.documentTitle}</bdi>
                  <span className="claims-table__minor">{[row.outlet, row.published].filter(Boolean).join(' · ')}</span>
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--source">
                  <bdi>{row.sourceIds.map((id) => sourceNames.get(id) ?? 'unknown source').join(', ') || '—'}</bdi>
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--attribution">
                  {taxonomyEntry(taxonomy.attributionTypes, row.attribution).label}
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--status">
                  <StatusDot entry={taxonomyEntry(taxonomy.statuses, row.status)} />
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--tags">
                  {row.tags.join(', ')}
                </span>
                <span role="cell" className="claims-table__cell claims-table__cell--updated">
                  <time dateTime={row.updatedAt}>{row.updatedAt.slice(0, 10)}</time>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
