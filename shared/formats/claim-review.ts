// Claims with a verdict as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), with
// the properties Google's fact-check profile requires (claimReviewed, reviewRating.alternateName,
// url) and those it recommends where the library has the data.
//
// Shape: an array of self-contained ClaimReview objects, each with "@context": "https://schema.org"
// and "@type": "ClaimReview" at its root, not one @graph wrapper. Google's fact-check examples and
// its Fact Check Markup Tool put one such ClaimReview at the root of each JSON-LD block, and Google
// treats a page as a fact check only when it carries a single ClaimReview (Search is phasing the
// rich result out; Fact Check Explorer still reads the markup), so a publisher lifts one item per
// fact-check page. A JSON array of node objects is still one valid JSON-LD document.
import { nameWithoutArticle } from '../domain/article-source';
import { compareClaimsByPosition, type Claim } from '../domain/claim';
import type { DocumentMeta, StoredDocument } from '../domain/document';
import { REVIEW_ID_PLACEHOLDER } from '../domain/library';
import { currentStatusChange } from '../domain/status-history';
import type { Source } from '../domain/source';
import { ExportLookup, type ExportScope } from './export-scope';
import type { JsonObject } from './web-annotation';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The numeric scale: Google wants worstRating >= 1 and values nearer bestRating to be truer. */
export const RATING_SCALE = { worst: 1, best: 5 } as const;

/**
 * The default statuses that are verdicts, by id (labels may be renamed), with their place on
 * RATING_SCALE: 1 false, 3 partly true (Google's "half true"), 5 verified. Disputed and
 * unverifiable are verdicts but not degrees of truth, so they carry the textual rating only.
 * Every other status (unverified, in-progress, custom ones) is not exported unless the caller
 * names it in `extraVerdicts`.
 */
export const VERDICT_RATINGS: Readonly<Record<string, number | null>> = {
  verified: 5,
  'partly-true': 3,
  disputed: null,
  false: 1,
  unverifiable: null,
};

export const DEFAULT_REVIEWER_NAME = 'Corroborate user';

export interface ClaimReviewOptions {
  /** the organisation that publishes the reviews (ClaimReview.author) */
  reviewerName?: string;
  /** its home page, if any */
  reviewerUrl?: string;
  /** the address of each review page, "{id}" standing for the claim's id ('' or none: the quote in the article) */
  reviewUrl?: string;
  /** custom status ids to export as verdicts, with their place on RATING_SCALE (null: no number) */
  extraVerdicts?: Readonly<Record<string, number | null>>;
}

/** Source kinds whose sources are people; every other kind is an Organization. */
const PERSON_KINDS: ReadonlySet<string> = new Set(['person', 'anonymous']);

const collapseSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Percent-encodes a text-fragment term; "-", "," and "&" are syntax there, so they are encoded too. */
const fragmentTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A text fragment (https://wicg.github.io/scroll-to-text-fragment/) that highlights the quote:
 * the whole quote when short, else its first and last five words as textStart,textEnd.
 */
export function textFragment(quote: string): string {
  const words = collapseSpace(quote).split(' ');
  if (words.join(' ').length <= 100 || words.length <= 10) return `text=${fragmentTerm(words.join(' '))}`;
  return `text=${fragmentTerm(words.slice(0, 5).join(' '))},${fragmentTerm(words.slice(-5).join(' '))}`;
}

/**
 * The review's url: the publisher's review page when the settings give its address ("{id}" is
 * the claim's id), else the article URL with a text fragment pointing at the quote, or a URN of the
 * claim when the article has none (Google means the fact-check page, which the app cannot know).
 */
export function claimReviewUrl(claim: Claim, meta: DocumentMeta, reviewUrl = ''): string {
  if (reviewUrl !== '') return reviewUrl.replaceAll(REVIEW_ID_PLACEHOLDER, claim.id);
  if (meta.url === '') return `urn:uuid:${claim.id}`;
  const [base = meta.url] = meta.url.split(':~:');
  return `${base}${base.includes('#') ? '' : '#'}:~:${textFragment(claim.target.exact)}`;
}

/** A source as the claim's author; a source of the article's own is named without the article's title ("police"). */
function sourceAgent(source: Source, meta: DocumentMeta): JsonObject {
  const agent: JsonObject = { '@type': PERSON_KINDS.has(source.kind) ? 'Person' : 'Organization', name: nameWithoutArticle(source.name, meta.title) };
  if (source.description !== '') agent.description = source.description;
  return agent;
}

/** The article's author as the byline gives it; whether a person or an agency is unknown, so untyped. */
const bylineAgent = (meta: DocumentMeta): JsonObject | null => (meta.byline !== '' ? { name: meta.byline } : null);

const outletAgent = (meta: DocumentMeta): JsonObject | null =>
  meta.outlet !== '' ? { '@type': 'Organization', name: meta.outlet } : null;

/** The attributions by which the article itself makes the claim: its reporter's observation, or an assertion with no source. */
const ARTICLE_OWN_ATTRIBUTIONS = new Set(['reporter-observation', 'unattributed']);

/**
 * Who made the claim: its sources; for an unsourced claim the article makes itself, the article
 * (outlet, else byline); else no one. An anonymous source's or a quote's words with no source
 * recorded are not the outlet's, and a published review must not say they were.
 */
function claimAuthor(sources: readonly Source[], meta: DocumentMeta, attribution: string): JsonObject | JsonObject[] | null {
  if (sources.length === 1) return sourceAgent(sources[0]!, meta);
  if (sources.length > 1) return sources.map((source) => sourceAgent(source, meta));
  return ARTICLE_OWN_ATTRIBUTIONS.has(attribution) ? (outletAgent(meta) ?? bylineAgent(meta)) : null;
}

/** The article the claim appears in. */
function appearance(meta: DocumentMeta): JsonObject {
  const article: JsonObject = { '@type': 'NewsArticle' };
  if (meta.url !== '') article.url = meta.url;
  if (meta.title !== '') article.headline = meta.title;
  if (meta.published !== '') article.datePublished = meta.published;
  if (meta.language !== '') article.inLanguage = meta.language;
  const author = bylineAgent(meta);
  if (author) article.author = author;
  const publisher = outletAgent(meta);
  if (publisher) article.publisher = publisher;
  return article;
}

function itemReviewed(claim: Claim, doc: StoredDocument, lookup: ExportLookup): JsonObject {
  const item: JsonObject = { '@type': 'Claim' };
  const author = claimAuthor(lookup.sources(claim.sourceIds), doc.meta, claim.attribution);
  if (author) item.author = author;
  if (doc.meta.published !== '') item.datePublished = doc.meta.published;
  item.appearance = appearance(doc.meta);
  return item;
}

function reviewRating(claim: Claim, value: number | null, lookup: ExportLookup): JsonObject {
  const label = lookup.statusLabel(claim.status);
  const rating: JsonObject = { '@type': 'Rating', alternateName: label, name: label };
  if (value !== null) Object.assign(rating, { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst });
  const explanation = currentStatusChange(claim)?.note ?? '';
  if (explanation !== '') rating.ratingExplanation = explanation;
  return rating;
}

function reviewAuthor(options: ClaimReviewOptions): JsonObject {
  const author: JsonObject = { '@type': 'Organization', name: options.reviewerName?.trim() || DEFAULT_REVIEWER_NAME };
  if (options.reviewerUrl) author.url = options.reviewerUrl;
  return author;
}

/** Evidence as the review's citations: a title, a URL, or both. */
function citations(claim: Claim): JsonObject[] {
  return claim.evidence
    .filter((e) => e.url !== '' || e.title !== '')
    .map((e) => {
      const work: JsonObject = { '@type': 'CreativeWork' };
      if (e.title !== '') work.name = e.title;
      if (e.url !== '') work.url = e.url;
      return work;
    });
}

/** The place on RATING_SCALE of a claim's status: a number, null (verdict without one), or undefined (no verdict). */
function verdictRating(status: string, options: ClaimReviewOptions): number | null | undefined {
  const extra = options.extraVerdicts ?? {};
  const value = Object.hasOwn(extra, status) ? extra[status] : Object.hasOwn(VERDICT_RATINGS, status) ? VERDICT_RATINGS[status] : undefined;
  if (value === undefined || value === null) return value;
  return Number.isFinite(value) && value >= RATING_SCALE.worst && value <= RATING_SCALE.best ? value : null;
}

/**
 * One claim with a verdict as a standalone ClaimReview. It is dated by the change to its current
 * status (datePublished) and its last edit (dateModified); the quote is kept whole, white space
 * collapsed, even past Google's suggested 75 characters, rather than misquote.
 */
export function claimToClaimReview(
  claim: Claim,
  doc: StoredDocument,
  lookup: ExportLookup,
  ratingValue: number | null,
  options: ClaimReviewOptions = {},
): JsonObject {
  const reviewed = currentStatusChange(claim)?.at ?? claim.createdAt;
  const review: JsonObject = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ClaimReview',
    url: claimReviewUrl(claim, doc.meta, options.reviewUrl),
    claimReviewed: collapseSpace(claim.target.exact),
    reviewRating: reviewRating(claim, ratingValue, lookup),
    itemReviewed: itemReviewed(claim, doc, lookup),
    author: reviewAuthor(options),
    datePublished: reviewed,
    dateModified: claim.updatedAt > reviewed ? claim.updatedAt : reviewed,
  };
  if (claim.note !== '') review.reviewBody = claim.note;
  const cited = citations(claim);
  if (cited.length > 0) review.citation = cited;
  return review;
}

/** A ClaimReview for each of a document's claims with a verdict, in text order. */
export function documentClaimReviews(doc: StoredDocument, lookup: ExportLookup, given: ClaimReviewOptions = {}): JsonObject[] {
  // the publisher the settings name, unless the caller names one
  const { reviewer } = lookup;
  const options: ClaimReviewOptions = reviewer ? { reviewerName: reviewer.name, reviewerUrl: reviewer.url, reviewUrl: reviewer.reviewUrl, ...given } : given;
  const reviews: JsonObject[] = [];
  for (const claim of [...doc.claims].sort(compareClaimsByPosition)) {
    const rating = verdictRating(claim.status, options);
    if (rating !== undefined) reviews.push(claimToClaimReview(claim, doc, lookup, rating, options));
  }
  return reviews;
}

/** A ClaimReview for each claim with a verdict, documents in scope order, claims in text order. */
export function toClaimReviews(scope: ExportScope, options: ClaimReviewOptions = {}): JsonObject[] {
  const lookup = new ExportLookup(scope);
  return scope.documents.flatMap((doc) => documentClaimReviews(doc, lookup, options));
}
