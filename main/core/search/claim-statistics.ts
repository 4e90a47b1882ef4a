// Counts over a set of claims: the facet counts beside the claims table, and the numbers behind
// the charts (claims by status, attribution type by status, top sources, claims over time).
import { TagSpellings } from '@shared/domain/claim-operations';
import type { DocumentSummary } from '@shared/domain/document';
import type { Source } from '@shared/domain/source';
import { outletOf } from '@shared/search/claim-filter';
import type { ChartData, FacetCount, FacetName } from '@shared/search/claims-table';
import type { CatalogClaim } from '../catalog/claim-catalog';

/** Facets with many values (tags, sources, documents, outlets) list this many. */
const LONG_FACET_LIMIT = 50;
const TOP_SOURCES = 10;

function sorted(counts: Map<string, number>, limit = Number.POSITIVE_INFINITY): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

function bump(counts: Map<string, number>, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

export function facetCounts(claims: readonly CatalogClaim[], sources: readonly Source[], documents: ReadonlyMap<string, DocumentSummary>): Record<FacetName, FacetCount[]> {
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const spellings = new TagSpellings();
  const counts = Object.fromEntries(['statuses', 'attributions', 'sourceIds', 'sourceKinds', 'tags', 'documentIds', 'outlets', 'anchors'].map((n) => [n, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  for (const claim of claims) {
    bump(counts.statuses, claim.status);
    bump(counts.attributions, claim.attribution);
    bump(counts.anchors, claim.anchor);
    bump(counts.documentIds, claim.documentId);
    // a claim counts once per tag, whatever its case ("Iraq" and "iraq" are one tag)
    for (const tag of new Set(claim.tags.map((t) => spellings.of(t)))) bump(counts.tags, tag);
    // a claim counts once per kind of source, however many of its sources are of that kind
    const ids = claim.sourceIds;
    for (let i = 0; i < ids.length; i++) {
      bump(counts.sourceIds, ids[i]!);
      const kind = kindOf.get(ids[i]!);
      if (kind && !ids.slice(0, i).some((earlier) => kindOf.get(earlier) === kind)) bump(counts.sourceKinds, kind);
    }
  }
  for (const [documentId, count] of counts.documentIds) {
    const doc = documents.get(documentId);
    const outlet = doc ? outletOf(doc) : '';
    if (outlet) bump(counts.outlets, outlet, count);
  }
  return {
    statuses: sorted(counts.statuses),
    attributions: sorted(counts.attributions),
    sourceKinds: sorted(counts.sourceKinds),
    anchors: sorted(counts.anchors),
    tags: sorted(counts.tags, LONG_FACET_LIMIT),
    sourceIds: sorted(counts.sourceIds, LONG_FACET_LIMIT),
    documentIds: sorted(counts.documentIds, LONG_FACET_LIMIT),
    outlets: sorted(counts.outlets, LONG_FACET_LIMIT),
  };
}

export function chartData(claims: readonly CatalogClaim[], documents: ReadonlyMap<string, DocumentSummary>): ChartData {
  const byStatus = new Map<string, number>();
  const pairs = new Map<string, number>();
  const bySource = new Map<string, Map<string, number>>();
  const months = new Map<string, number>();
  let undated = 0;
  for (const claim of claims) {
    bump(byStatus, claim.status);
    bump(pairs, `${claim.attribution}\u0000${claim.status}`);
    for (const id of claim.sourceIds) {
      const mix = bySource.get(id) ?? new Map<string, number>();
      bump(mix, claim.status);
      bySource.set(id, mix);
    }
    const month = documents.get(claim.documentId)?.published.slice(0, 7) ?? '';
    if (month) bump(months, `${month}\u0000${claim.status}`);
    else undated++;
  }
  const split = (key: string) => key.split('\u0000') as [string, string];
  const total = (mix: Map<string, number>) => [...mix.values()].reduce((a, b) => a + b, 0);
  return {
    total: claims.length,
    byStatus: [...byStatus].map(([status, count]) => ({ status, count })),
    attributionByStatus: [...pairs].map(([key, count]) => ({ attribution: split(key)[0], status: split(key)[1], count })),
    topSources: [...bySource]
      .map(([sourceId, mix]) => ({ sourceId, total: total(mix), byStatus: Object.fromEntries(mix) }))
      .sort((a, b) => b.total - a.total || a.sourceId.localeCompare(b.sourceId))
      .slice(0, TOP_SOURCES),
    overTime: [...months].map(([key, count]) => ({ month: split(key)[0], status: split(key)[1], count })).sort((a, b) => a.month.localeCompare(b.month)),
    undated,
  };
}
