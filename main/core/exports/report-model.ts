// What the Markdown and HTML reports show, worked out once: per document its metadata, counts by
// status and claims grouped by status in taxonomy order, with names in place of ids. Plain data;
// the renderers only escape and lay it out.
import { compareClaimsByPosition, type Claim, type EvidenceStance } from '@shared/domain/claim';
import type { StoredDocument, DocumentMeta } from '@shared/domain/document';
import { safeLinkUrl } from '@shared/domain/safe-url';
import { currentStatusChange } from '@shared/domain/status-history';
import { taxonomyEntry, type TaxonomyEntry } from '@shared/domain/taxonomy';
import { exportTitle, type ExportLookup, type ExportScope } from '@shared/formats/export-scope';
import type { Taxonomy } from '@shared/domain/taxonomy';

export interface ReportSource {
  name: string;
  kind: string;
}

/** How an evidence item's stance and read date read in a report: "supports, read 2026-12-01". */
export function evidenceDetails(evidence: Pick<ReportEvidence, 'stance' | 'accessedAt'>): string {
  return evidence.accessedAt === '' ? evidence.stance : `${evidence.stance}, read ${evidence.accessedAt}`;
}

export interface ReportEvidence {
  title: string;
  url: string;
  /** the URL when it is http or https, else null: only these become links */
  href: string | null;
  stance: EvidenceStance;
  note: string;
  /** when the researcher read it (YYYY-MM-DD), or '' */
  accessedAt: string;
}

export interface ReportClaim {
  id: string;
  quote: string;
  sources: ReportSource[];
  attribution: string;
  cue: string | null;
  note: string;
  /** the note given with the change to the current status ("Why this status?"), and that change's day (YYYY-MM-DD); '' when none */
  statusNote: string;
  statusChanged: string;
  evidence: ReportEvidence[];
  tags: string[];
}

export interface StatusGroup {
  status: TaxonomyEntry;
  claims: ReportClaim[];
}

export interface ReportDocument {
  id: string;
  meta: DocumentMeta;
  /** groups with at least one claim, statuses in taxonomy order, unknown statuses last */
  groups: StatusGroup[];
  total: number;
}

/** What a report's heading says: what it covers, when and by which version it was made. */
export interface ReportHeading {
  title: string;
  generatedAt: string;
  appVersion: string;
}

/** An ISO time as a reader reads it, to the minute and in UTC ("2026-12-03 22:09 UTC"); anything else as it is. */
export function readableTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?Z$/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** A link target for the reports: a normalised http or https URL, else null (mailto stays text). */
export function webHref(url: string): string | null {
  const safe = safeLinkUrl(url);
  return safe !== null && /^https?:/i.test(safe) ? safe : null;
}

/** The heading of a report of documents in memory. */
export function reportHeading(scope: ExportScope): ReportHeading {
  return { title: exportTitle(scope.documents.map((d) => d.meta.title)), generatedAt: scope.generatedAt, appVersion: scope.appVersion };
}

function reportClaim(claim: Claim, lookup: ExportLookup): ReportClaim {
  const change = currentStatusChange(claim);
  return {
    id: claim.id,
    quote: claim.target.exact,
    sources: lookup.sources(claim.sourceIds).map((s) => ({ name: s.name, kind: taxonomyEntry(lookup.taxonomy.sourceKinds, s.kind).label })),
    attribution: lookup.attributionLabel(claim.attribution),
    cue: claim.cue?.exact ?? null,
    note: claim.note,
    statusNote: change?.note.trim() ?? '',
    statusChanged: change?.at.slice(0, 10) ?? '',
    evidence: claim.evidence.map((e) => ({ title: e.title, url: e.url, href: webHref(e.url), stance: e.stance, note: e.note, accessedAt: e.accessedAt })),
    tags: [...claim.tags],
  };
}

/** The status ids in the order the report lists them: the taxonomy's, then any unknown ones as met. */
function statusOrder(taxonomy: Taxonomy, claims: readonly Claim[]): string[] {
  const order = taxonomy.statuses.map((s) => s.id);
  for (const claim of claims) if (!order.includes(claim.status)) order.push(claim.status);
  return order;
}

export function reportDocument(doc: StoredDocument, lookup: ExportLookup): ReportDocument {
  const claims = [...doc.claims].sort(compareClaimsByPosition);
  const groups = statusOrder(lookup.taxonomy, claims)
    .map((id) => ({
      status: taxonomyEntry(lookup.taxonomy.statuses, id),
      claims: claims.filter((c) => c.status === id).map((c) => reportClaim(c, lookup)),
    }))
    .filter((group) => group.claims.length > 0);
  return { id: doc.id, meta: doc.meta, groups, total: claims.length };
}

/** The metadata rows a report prints, in order, leaving out empty fields. */
export function metadataRows(meta: DocumentMeta): Array<{ label: string; value: string; isUrl: boolean }> {
  const rows = [
    { label: 'Outlet', value: meta.outlet, isUrl: false },
    { label: 'Byline', value: meta.byline, isUrl: false },
    { label: 'Published', value: meta.published, isUrl: false },
    { label: 'URL', value: meta.url, isUrl: true },
    { label: 'Credit', value: meta.credit, isUrl: false },
    { label: 'Licence', value: meta.license, isUrl: false },
  ];
  return rows.filter((row) => row.value.trim() !== '');
}
