// The ClaimReview export: Google's fact-check property profile, which claims become reviews, the
// rating scale, authors by source kind, the review URL, and the schema.org vocabulary (a copied
// subset of release 30.0 in test/fixtures/standards/schemaorg-claimreview).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimChanges } from '@shared/domain/claim';
import { applyClaimChanges } from '@shared/domain/claim-operations';
import type { StoredDocument } from '@shared/domain/document';
import { claimReviewUrl, DEFAULT_REVIEWER_NAME, RATING_SCALE, textFragment, toClaimReviews } from '@shared/formats/claim-review';
import { articleSourceName, nameWithoutArticle } from '@shared/domain/article-source';
import { projectText } from '@shared/text/projection';
import { FIXTURES } from '../../helpers/fixtures';
import { seedScope } from '../../helpers/seed-document';

type Node = Record<string, unknown>;
const STANDARD = join(FIXTURES, 'standards', 'schemaorg-claimreview');
const readJson = (...path: string[]) => JSON.parse(readFileSync(join(STANDARD, ...path), 'utf8')) as Node;
const firstOf = (value: unknown) => (Array.isArray(value) ? value[0] : value) as Node | undefined;
const typesOf = (node: Node) => [node['@type']].flat() as string[];

/**
 * Google's fact-check profile as the project's checker encodes it
 * (shared/tools/check-claimreview-google-profile.js): REQUIRED claimReviewed (non-empty text), url,
 * reviewRating with alternateName.
 */
function missingRequired(review: Node): string[] {
  const missing: string[] = [];
  if (typeof review.claimReviewed !== 'string' || review.claimReviewed === '') missing.push('claimReviewed');
  if (!review.url) missing.push('url');
  const rating = firstOf(review.reviewRating);
  if (!rating) missing.push('reviewRating');
  else if (!rating.alternateName) missing.push('reviewRating.alternateName');
  return missing;
}

/**
 * The same checker's RECOMMENDED properties: author, datePublished, itemReviewed as a Claim with
 * author, datePublished and appearance (or firstAppearance), and bestRating/worstRating beside a
 * numeric ratingValue. (Its advice to keep claimReviewed under 75 characters is left out: the
 * export keeps the quote whole rather than misquote.)
 */
function recommendedGaps(review: Node): string[] {
  const gaps: string[] = [];
  const rating = firstOf(review.reviewRating);
  if (rating?.ratingValue !== undefined) {
    for (const key of ['bestRating', 'worstRating']) if (rating[key] === undefined) gaps.push(`reviewRating.${key}`);
  }
  if (!review.author) gaps.push('author');
  if (!review.datePublished) gaps.push('datePublished');
  const item = firstOf(review.itemReviewed);
  if (!item) return [...gaps, 'itemReviewed'];
  if (!typesOf(item).includes('Claim')) gaps.push('itemReviewed @type Claim');
  if (!item.author) gaps.push('itemReviewed.author');
  if (!item.datePublished) gaps.push('itemReviewed.datePublished');
  if (!item.appearance && !item.firstAppearance) gaps.push('itemReviewed.appearance');
  return gaps;
}

const AT = {
  verdict: '2026-11-21T09:00:00.000Z',
  edit: '2026-11-22T15:30:00.000Z',
};

/** The seed scope, with the article's URL, outlet and the given statuses set claim by claim. */
function scopeWith(statuses: Array<string | null>, meta: Partial<StoredDocument['meta']> = {}) {
  const scope = seedScope();
  const doc = scope.documents[0]!;
  doc.meta = { ...doc.meta, url: 'https://english.almayadeen.net/news/politics/us-forces-attacked', outlet: 'Al Mayadeen English', ...meta };
  statuses.forEach((status, i) => {
    if (status) change(scope, i, { status, statusNote: `why ${status}` }, AT.verdict);
  });
  return scope;
}

function change(scope: ReturnType<typeof seedScope>, index: number, changes: ClaimChanges, at: string): Claim {
  const doc = scope.documents[0]!;
  const context = { text: projectText(doc.content), taxonomy: scope.taxonomy, knownSourceIds: new Set(scope.sources.map((s) => s.id)), at };
  doc.claims[index] = applyClaimChanges(doc.claims[index]!, changes, context);
  return doc.claims[index]!;
}

const VERDICTS = ['verified', 'partly-true', 'disputed', 'false', 'unverifiable', 'in-progress', null, 'verified', 'false'];

const ratingOf = (review: Node) => review.reviewRating as Node;
const itemOf = (review: Node) => review.itemReviewed as Node;

describe('ClaimReview export', () => {
  it('uses a profile check that tells a complete review from one without a rating', () => {
    expect(missingRequired(readJson('examples', 'schemaorg-eg-0324.jsonld'))).toEqual([]);
    expect(missingRequired(readJson('examples', 'schemaorg-eg-0325.jsonld'))).toEqual(['reviewRating']);
  });

  it('exports only claims whose status is a verdict, in text order', () => {
    const reviews = toClaimReviews(scopeWith(VERDICTS));
    expect(reviews.map((r) => ratingOf(r).alternateName)).toEqual(['Verified', 'Partly true', 'Disputed', 'False', 'Unverifiable', 'Verified', 'False']);
    expect(toClaimReviews(seedScope())).toEqual([]);
  });

  it('gives every review every required property and, with full metadata, every recommended one', () => {
    const reviews = toClaimReviews(scopeWith(VERDICTS));
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(missingRequired(review)).toEqual([]);
      expect(recommendedGaps(review)).toEqual([]);
    }
  });

  it('rates on a documented 1-5 scale, with disputed and unverifiable as text only', () => {
    const ratings = toClaimReviews(scopeWith(VERDICTS)).map(ratingOf);
    expect(ratings.map((r) => r.ratingValue)).toEqual([5, 3, undefined, 1, undefined, 5, 1]);
    for (const rating of ratings.filter((r) => r.ratingValue !== undefined)) {
      expect([rating.worstRating, rating.bestRating]).toEqual([RATING_SCALE.worst, RATING_SCALE.best]);
    }
    expect(ratings[0]!.ratingExplanation).toBe('why verified');
  });

  it('decides by status id, so a renamed status keeps its verdict', () => {
    const scope = scopeWith([null, null, null, 'false']);
    scope.taxonomy.statuses = scope.taxonomy.statuses.map((s) => (s.id === 'false' ? { ...s, label: 'Wrong' } : s));
    const [review] = toClaimReviews(scope);
    expect(ratingOf(review!)).toMatchObject({ alternateName: 'Wrong', ratingValue: 1 });
  });

  it('skips custom statuses unless the caller names them as verdicts', () => {
    const scope = scopeWith([]);
    scope.taxonomy.statuses.push({ id: 'misleading', label: 'Misleading', color: '#b91c1c', description: '', key: '' });
    change(scope, 0, { status: 'misleading' }, AT.verdict);
    expect(toClaimReviews(scope)).toEqual([]);
    const [review] = toClaimReviews(scope, { extraVerdicts: { misleading: 2 } });
    expect(ratingOf(review!)).toMatchObject({ alternateName: 'Misleading', ratingValue: 2, bestRating: 5, worstRating: 1 });
    const [offScale] = toClaimReviews(scope, { extraVerdicts: { misleading: 9 } });
    expect(ratingOf(offScale!).ratingValue).toBeUndefined();
  });

  it('makes the claim author a Person or an Organization by source kind', () => {
    const authors = toClaimReviews(scopeWith(Array(9).fill('verified'))).map((r) => itemOf(r).author as Node);
    // informed sources (anonymous), US figures (document), Islamic Resistance (organization),
    // correspondent (media), unsourced claim 6 (the article's outlet), Abu Alaa al-Walai (person)
    expect(authors.map((a) => [a['@type'], a.name])).toEqual([
      ['Person', 'informed sources'],
      ['Organization', 'US figures'],
      ['Organization', 'Islamic Resistance in Iraq'],
      ['Organization', 'Al Mayadeen correspondent'],
      ['Organization', 'Al Mayadeen correspondent'],
      ['Organization', 'Islamic Resistance in Iraq'],
      ['Organization', 'Al Mayadeen English'],
      ['Person', 'Abu Alaa al-Walai'],
      ['Person', 'Abu Alaa al-Walai'],
    ]);
  });

  it("names a source of the article's own without the article's title, and no other name", () => {
    const scope = scopeWith(['verified', 'verified']);
    const title = scope.documents[0]!.meta.title;
    scope.sources[0]!.name = articleSourceName('informed sources', title);
    // a name of its own in brackets is the name: only the article's title comes off
    scope.sources[1]!.name = 'US figures (CENTCOM)';
    const [first, second] = toClaimReviews(scope).map((r) => itemOf(r).author as Node);
    expect(scope.sources[0]!.name).toMatch(/^informed sources \(US Occupation Forces/);
    expect(first!.name).toBe('informed sources');
    expect(second!.name).toBe('US figures (CENTCOM)');
    expect(nameWithoutArticle(scope.sources[0]!.name, 'Another article')).toBe(scope.sources[0]!.name);
  });

  it('lists every source of a claim with several', () => {
    const scope = scopeWith(['false']);
    change(scope, 0, { sourceIds: scope.sources.slice(0, 2).map((s) => s.id) }, AT.edit);
    const author = itemOf(toClaimReviews(scope)[0]!).author as Node[];
    expect(author.map((a) => a.name)).toEqual(['informed sources', 'US figures']);
  });

  it('names no claimant for an unsourced claim, unless the article makes it itself', () => {
    const scope = scopeWith(['false', 'false', 'false']);
    change(scope, 0, { sourceIds: [], attribution: 'anonymous-source' }, AT.edit);
    change(scope, 1, { sourceIds: [], attribution: 'unattributed' }, AT.edit);
    change(scope, 2, { sourceIds: [], attribution: 'reporter-observation' }, AT.edit);
    const [anonymous, asserted, observed] = toClaimReviews(scope).map((r) => itemOf(r).author);
    // an anonymous source's words are not the outlet's: the review must not say the outlet made a false claim
    expect(anonymous).toBeUndefined();
    expect(asserted).toEqual({ '@type': 'Organization', name: 'Al Mayadeen English' });
    expect(observed).toEqual({ '@type': 'Organization', name: 'Al Mayadeen English' });
  });

  it('describes the article as the appearance, and dates the claim by it', () => {
    const item = itemOf(toClaimReviews(scopeWith(['verified']))[0]!);
    expect(item.datePublished).toBe('2023-11-11');
    expect(item.appearance).toEqual({
      '@type': 'NewsArticle',
      url: 'https://english.almayadeen.net/news/politics/us-forces-attacked',
      headline: 'US Occupation Forces Attacked in Northeast Syria',
      datePublished: '2023-11-11',
      inLanguage: 'en',
      author: { name: 'Al Mayadeen English' },
      publisher: { '@type': 'Organization', name: 'Al Mayadeen English' },
    });
  });

  it('points url at the quote in the article with a text fragment', () => {
    const reviews = toClaimReviews(scopeWith(VERDICTS));
    expect(new Set(reviews.map((r) => r.url)).size).toBe(reviews.length);
    const short = toClaimReviews(scopeWith([null, 'false']))[0]!;
    const quote = 'caused 56 casualties among US forces in 46 operations carried out since October 17';
    expect(short.url).toBe(`https://english.almayadeen.net/news/politics/us-forces-attacked#:~:text=${encodeURIComponent(quote)}`);
    expect(textFragment('A long quote - with, a dash and a comma & more words after all of these ones here too and even more of them until here')).toBe(
      'text=A%20long%20quote%20%2D%20with%2C,more%20of%20them%20until%20here',
    );
  });

  it('adds the text fragment after an existing fragment', () => {
    const claim = scopeWith([]).documents[0]!.claims[6]!;
    const meta = { ...scopeWith([]).documents[0]!.meta, url: 'https://example.org/a#top' };
    expect(claimReviewUrl(claim, meta)).toMatch(/^https:\/\/example\.org\/a#top:~:text=US%20forces/);
  });

  it('names a review by a URN of its claim when the article has no URL', () => {
    const scope = scopeWith(['verified'], { url: '', outlet: '', byline: '' });
    const [review] = toClaimReviews(scope);
    expect(review!.url).toBe(`urn:uuid:${scope.documents[0]!.claims[0]!.id}`);
    expect(missingRequired(review!)).toEqual([]);
    const appearance = itemOf(review!).appearance as Node;
    expect(appearance.url).toBeUndefined();
    expect(appearance.headline).toBe('US Occupation Forces Attacked in Northeast Syria');
  });

  it('dates the review by its last status change and its last edit, with the note as its body', () => {
    const scope = scopeWith(['disputed']);
    change(scope, 0, { note: 'Two agencies contradict each other.' }, AT.edit);
    const [review] = toClaimReviews(scope);
    expect(review).toMatchObject({ datePublished: AT.verdict, dateModified: AT.edit, reviewBody: 'Two agencies contradict each other.' });
  });

  it('names the reviewing organisation from the options, with a default', () => {
    const scope = scopeWith(['verified']);
    expect(toClaimReviews(scope)[0]!.author).toEqual({ '@type': 'Organization', name: DEFAULT_REVIEWER_NAME });
    const named = toClaimReviews(scope, { reviewerName: 'Desk Check', reviewerUrl: 'https://desk.example/' })[0]!;
    expect(named.author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example/' });
  });

  it('names the publisher and each review page as the library’s settings give them', () => {
    const scope = scopeWith(['verified', 'false']);
    scope.settings = { theme: 'system', colorBy: 'status', reviewer: { name: 'The Daily Check', url: 'https://check.example/', reviewUrl: 'https://check.example/reviews/{id}?from=corroborate' } };
    const reviews = toClaimReviews(scope);
    const ids = scope.documents[0]!.claims.slice(0, 2).map((c) => c.id);
    expect(reviews.map((r) => r.url)).toEqual(ids.map((id) => `https://check.example/reviews/${id}?from=corroborate`));
    expect(reviews[0]!.author).toEqual({ '@type': 'Organization', name: 'The Daily Check', url: 'https://check.example/' });
    // settings that name no one keep the defaults: the quote in the article, the default name
    scope.settings = { ...scope.settings, reviewer: { name: '', url: '', reviewUrl: '' } };
    expect(toClaimReviews(scope)[0]).toMatchObject({ url: expect.stringContaining(':~:text='), author: { '@type': 'Organization', name: DEFAULT_REVIEWER_NAME } });
  });

  it('uses the vocabulary terms it shares with schema.org on types in their domain and range', () => {
    const vocabulary = schemaVocabulary();
    let checked = 0;
    for (const review of toClaimReviews(scopeWith(VERDICTS))) checked += vocabularyProblems(review, vocabulary, (p) => expect(p).toBe(''));
    expect(checked).toBeGreaterThan(50);
    const wrong = { '@type': 'ClaimReview', appearance: { '@type': 'Review' }, reviewRating: { '@type': 'Person' } };
    const problems: string[] = [];
    vocabularyProblems(wrong, vocabulary, (p) => problems.push(p));
    expect(problems).toEqual(['appearance is not a property of ClaimReview', 'reviewRating expects Rating, got Person']);
  });
});

interface Vocabulary {
  superclasses: Map<string, string[]>;
  properties: Map<string, { domains: string[]; ranges: string[] }>;
}

const ids = (value: unknown) => [value ?? []].flat().map((v) => String((v as Node)['@id']).replace(/^schema:/, ''));

function schemaVocabulary(): Vocabulary {
  const graph = readJson('schemaorg-30.0-claimreview-subset.jsonld')['@graph'] as Node[];
  const vocabulary: Vocabulary = { superclasses: new Map(), properties: new Map() };
  for (const term of graph) {
    const name = String(term['@id']).replace(/^schema:/, '');
    if (term['@type'] === 'rdfs:Class') vocabulary.superclasses.set(name, ids(term['rdfs:subClassOf']));
    else vocabulary.properties.set(name, { domains: ids(term['schema:domainIncludes']), ranges: ids(term['schema:rangeIncludes']) });
  }
  return vocabulary;
}

/** A type and its superclasses as far as the subset knows them; everything is a Thing. */
function ancestry(type: string, vocabulary: Vocabulary): string[] {
  const parents = vocabulary.superclasses.get(type) ?? [];
  return [type, ...parents.flatMap((p) => ancestry(p, vocabulary)), 'Thing'];
}

const DATA_TYPES: Record<string, (v: unknown) => boolean> = {
  Text: (v) => typeof v === 'string',
  URL: (v) => typeof v === 'string',
  Number: (v) => typeof v === 'number',
  Date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  DateTime: (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v)),
};

function rangeProblem(key: string, value: unknown, ranges: string[], vocabulary: Vocabulary): string {
  if (value !== null && typeof value === 'object') {
    const [type] = typesOf(value as Node);
    if (!type || !vocabulary.superclasses.has(type)) return ''; // untyped, or a type the subset leaves out
    return ancestry(type, vocabulary).some((t) => ranges.includes(t)) ? '' : `${key} expects ${ranges.join('|')}, got ${type}`;
  }
  return ranges.some((r) => DATA_TYPES[r]?.(value)) ? '' : `${key} expects ${ranges.join('|')}, got ${JSON.stringify(value)}`;
}

/** Reports each use of a subset property outside its domain or range; returns how many uses it checked. */
function vocabularyProblems(node: Node, vocabulary: Vocabulary, report: (problem: string) => void): number {
  let checked = 0;
  const [type = 'Thing'] = typesOf(node);
  for (const [key, value] of Object.entries(node)) {
    for (const item of [value].flat()) if (item !== null && typeof item === 'object') checked += vocabularyProblems(item as Node, vocabulary, report);
    const property = vocabulary.properties.get(key);
    if (!property) continue;
    checked++;
    const knownType = type === 'Thing' || vocabulary.superclasses.has(type); // NewsArticle, for one, is not in the subset
    if (knownType && !ancestry(type, vocabulary).some((t) => property.domains.includes(t))) report(`${key} is not a property of ${type}`);
    for (const item of [value].flat()) {
      const problem = rangeProblem(key, item, property.ranges, vocabulary);
      if (problem) report(problem);
    }
  }
  return checked;
}
