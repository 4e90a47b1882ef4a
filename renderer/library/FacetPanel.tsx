// The facets beside the claims table: status, attribution type, source, source kind, tag,
// document, outlet, anchor state and document date range. Each value shows how many claims of the
// result carry it (in a group with values ticked, how many the rest of the filter selects carry
// it, so its other values stay to be ticked too); values within a facet are alternatives, facets
// must all hold.
import type { LibraryView } from '@shared/bridge/contract';
import { taxonomyEntry, type TaxonomyEntry } from '@shared/domain/taxonomy';
import type { ClaimFacets } from '@shared/search/claim-filter';
import type { FacetCount, FacetName } from '@shared/search/claims-table';

type ListFacet = Exclude<keyof ClaimFacets, 'dateFrom' | 'dateTo'> & FacetName;

const ANCHOR_LABELS: Record<string, string> = { exact: 'In place', moved: 'Moved', fuzzy: 'Matched approximately', orphan: 'Orphaned' };

interface FacetPanelProps {
  facets: ClaimFacets;
  counts: Record<FacetName, FacetCount[]> | null;
  library: LibraryView;
  onChange: (facets: ClaimFacets) => void;
}

function namer(name: ListFacet, library: LibraryView): (value: string) => string {
  const find = (list: readonly TaxonomyEntry[]) => (value: string) => taxonomyEntry(list, value).label;
  switch (name) {
    case 'statuses':
      return find(library.taxonomy.statuses);
    case 'attributions':
      return find(library.taxonomy.attributionTypes);
    case 'sourceKinds':
      return find(library.taxonomy.sourceKinds);
    case 'sourceIds':
      return (value) => library.sources.find((s) => s.id === value)?.name ?? 'unknown source';
    case 'documentIds':
      return (value) => library.documents.find((d) => d.id === value)?.title ?? 'a document';
    case 'anchors':
      return (value) => ANCHOR_LABELS[value] ?? value;
    default:
      return (value) => value;
  }
}

const GROUPS: { name: ListFacet; title: string }[] = [
  { name: 'statuses', title: 'Status' },
  { name: 'attributions', title: 'Attribution' },
  { name: 'sourceIds', title: 'Source' },
  { name: 'sourceKinds', title: 'Source kind' },
  { name: 'tags', title: 'Tag' },
  { name: 'documentIds', title: 'Document' },
  { name: 'outlets', title: 'Outlet' },
  { name: 'anchors', title: 'Anchor' },
];

export function FacetPanel({ facets, counts, library, onChange }: FacetPanelProps) {
  const toggle = (name: ListFacet, value: string, on: boolean) => {
    const current = (facets[name] ?? []) as string[];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...facets, [name]: next.length > 0 ? next : undefined });
  };
  const chosenCount = Object.values(facets).filter((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v))).length;
  return (
    <aside className="facets" aria-label="Filters">
      <div className="facets__header">
        <h2 className="pane-title">Filters</h2>
        {chosenCount > 0 ? (
          <button type="button" className="button button--small" onClick={() => onChange({})}>
            Clear
          </button>
        ) : null}
      </div>
      {GROUPS.map(({ name, title }) => {
        const chosen = (facets[name] ?? []) as string[];
        const listed = counts?.[name] ?? [];
        const values = [...listed, ...chosen.filter((v) => !listed.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
        if (values.length === 0) return null;
        const nameOf = namer(name, library);
        return (
          <fieldset key={name} className="facets__group">
            <legend className="facets__title">{title}</legend>
            {values.map(({ value, count }) => (
              <label key={value} className="facets__value">
                <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => toggle(name, value, e.target.checked)} />
                <bdi className="facets__label">{nameOf(value)}</bdi>
                <span className="facets__count">{count.toLocaleString('en')}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
      <fieldset className="facets__group">
        <legend className="facets__title">Document date</legend>
        <label className="facets__date">
          From
          <input className="input" type="date" value={facets.dateFrom ?? ''} onChange={(e) => onChange({ ...facets, dateFrom: e.target.value || undefined })} />
        </label>
        <label className="facets__date">
          To
          <input className="input" type="date" value={facets.dateTo ?? ''} onChange={(e) => onChange({ ...facets, dateTo: e.target.value || undefined })} />
        </label>
      </fieldset>
    </aside>
  );
}
