// The library screen: every document with its title, outlet, date and claims by status; sort by
// any column, filter by words in the title, outlet and text; open, rename, move to the trash;
// select many to see their claims, export them or trash them. Only the rows in view are drawn,
// so a library of thousands of documents opens (and is left) at once.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LibraryView } from '@shared/bridge/contract';
import type { DocumentSummary } from '@shared/domain/document';
import { outletOf } from '@shared/search/claim-filter';
import { ExportMenu } from '../components/ExportMenu';
import { StatusMixBar } from '../components/StatusMixBar';
import { useActions } from '../state/app-context';
import { DocumentRow } from './DocumentRow';
import { counted } from '@shared/text/counted';

/** A row's height before it is measured, and the rows drawn beyond those in view. */
const ROW_ESTIMATE_PX = 49;
const OVERSCAN_ROWS = 15;

type Column = 'title' | 'outlet' | 'published' | 'claims' | 'updated';
const COLUMNS: { id: Column; label: string }[] = [
  { id: 'title', label: 'Title' },
  { id: 'outlet', label: 'Outlet' },
  { id: 'published', label: 'Date' },
  { id: 'claims', label: 'Claims' },
  { id: 'updated', label: 'Updated' },
];

function sortKey(doc: DocumentSummary, column: Column): string | number {
  switch (column) {
    case 'title':
      return doc.title.toLocaleLowerCase();
    case 'outlet':
      return outletOf(doc).toLocaleLowerCase();
    case 'published':
      return doc.published;
    case 'claims':
      return doc.claimTotal;
    case 'updated':
      return doc.updatedAt;
  }
}

/** Stands for the rows above or below those drawn. */
function SpacerRow({ height }: { height: number }) {
  if (height <= 0) return null;
  return (
    <tr className="documents-table__spacer" aria-hidden="true">
      <td colSpan={COLUMNS.length + 2} style={{ height }} />
    </tr>
  );
}

export function DocumentsScreen({ library }: { library: LibraryView }) {
  const actions = useActions();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; ids: string[] } | null>(null);
  // documents whose text matches the search, once the index has answered for this query
  const textMatches = query.trim() === '' ? null : found?.query === query ? found.ids : null;
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'updated', descending: true });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (query.trim() === '') return;
    let current = true;
    const timer = setTimeout(() => void actions.across.searchDocuments(query).then((ids) => current && setFound({ query, ids: ids ?? [] })), 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, actions]);

  const shown = useMemo(() => {
    const direction = sort.descending ? -1 : 1;
    const rank = textMatches ? new Map(textMatches.map((id, i) => [id, i])) : null;
    return library.documents
      .filter((d) => !rank || rank.has(d.id))
      .sort((a, b) => {
        const ka = sortKey(a, sort.column);
        const kb = sortKey(b, sort.column);
        return ka < kb ? -direction : ka > kb ? direction : a.title.localeCompare(b.title);
      });
  }, [library.documents, sort, textMatches]);
  const claimsShown = shown.reduce((n, d) => n + d.claimTotal, 0);
  const chosen = shown.filter((d) => selected.has(d.id)).map((d) => d.id);
  const toggle = (id: string, on: boolean) => setSelected((old) => (on ? new Set([...old, id]) : new Set([...old].filter((x) => x !== id))));

  // only the rows in view (and a few either side) are drawn, between two spacer rows
  const scroller = useRef<HTMLElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const [bodyTop, setBodyTop] = useState(0);
  // the table moves down when the bar for selected documents or the "no match" line shows
  const barShown = chosen.length > 0;
  const noMatch = shown.length === 0;
  useLayoutEffect(() => {
    const [outer, inner] = [scroller.current, body.current];
    if (outer && inner) setBodyTop(inner.getBoundingClientRect().top - outer.getBoundingClientRect().top + outer.scrollTop);
  }, [barShown, noMatch]);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: shown.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_ESTIMATE_PX, overscan: OVERSCAN_ROWS, scrollMargin: bodyTop, getItemKey: (i) => shown[i]!.id });
  const items = virtualizer.getVirtualItems();
  const rows = {
    items,
    before: items.length > 0 ? items[0]!.start - bodyTop : 0,
    after: items.length > 0 ? virtualizer.getTotalSize() + bodyTop - items.at(-1)!.end : 0,
  };

  return (
    <section ref={scroller} className="documents-screen" aria-labelledby="documents-title">
      <header className="documents-screen__header">
        <h1 id="documents-title" className="panel__title">
          Library
        </h1>
        <p className="claims-screen__count" role="status">
          {shown.length === library.documents.length ? `${counted(library.documents.length, 'document')}, ${counted(claimsShown, 'claim')}` : `${shown.length.toLocaleString('en')} of ${counted(library.documents.length, 'document')}`}
        </p>
        <input className="input documents-screen__search" type="search" aria-label="Search documents" placeholder="Search titles, outlets and article text…" value={query} onChange={(e) => setQuery(e.target.value)} />
      </header>
      {chosen.length > 0 ? (
        <div className="bulk-bar" role="region" aria-label="Act on the selected documents">
          <strong className="bulk-bar__count">{`${counted(chosen.length, 'document')} selected`}</strong>
          <button type="button" className="button button--small" onClick={() => actions.across.showClaims({ query: '', facets: { documentIds: chosen } })}>
            Show their claims
          </button>
          <ExportMenu small claimsOnly heading={chosen.length === 1 ? 'Its claims as…' : 'Their claims as…'} onExport={(format) => void actions.exportClaims(format, chosen)} />
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              void actions.trash.move(chosen);
              setSelected(new Set());
            }}
          >
            Move to trash
          </button>
          <button type="button" className="button button--small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      ) : null}
      {shown.length === 0 ? <p className="placeholder">No document matches “{query}”.</p> : null}
      <table className="documents-table">
        <thead>
          <tr>
            <th scope="col" className="documents-table__check">
              <input type="checkbox" aria-label="Select every document shown" checked={shown.length > 0 && chosen.length === shown.length} onChange={(e) => setSelected(e.target.checked ? new Set(shown.map((d) => d.id)) : new Set())} />
            </th>
            {COLUMNS.map((column) => (
              <th key={column.id} scope="col" aria-sort={sort.column === column.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="claims-table__sort" onClick={() => setSort((s) => ({ column: column.id, descending: s.column === column.id ? !s.descending : column.id === 'updated' || column.id === 'claims' }))}>
                  {column.label}
                  <span aria-hidden="true">{sort.column === column.id ? (sort.descending ? ' ▾' : ' ▴') : ''}</span>
                </button>
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          <SpacerRow height={rows.before} />
          {rows.items.map((item) => {
            const doc = shown[item.index]!;
            return (
              <DocumentRow
                key={doc.id}
                index={item.index}
                measure={virtualizer.measureElement}
                doc={doc}
                selected={selected.has(doc.id)}
                onSelect={(on) => toggle(doc.id, on)}
                mix={<StatusMixBar counts={doc.claimCounts} total={doc.claimTotal} taxonomy={library.taxonomy} />}
              />
            );
          })}
          <SpacerRow height={rows.after} />
        </tbody>
      </table>
    </section>
  );
}
