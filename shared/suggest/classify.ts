// Attribution type (GUIDE.md: first that applies), source kind and the source's registry name,
// decided from the source's words, the cue and whether the content is quoted.
import type { CueLexicon } from './lexicon/lexicon';
import { isNamePart } from './person-name';
import { isQuoteMark } from './quote-pairing';
import type { SuggestedAttribution, SuggestedSourceKind } from './suggestion';

const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|her|our)\s+/i;
const POSSESSIVE = /['\u2019]s?$/;

/** The source's words as written, without possessive endings. */
function writtenWords(source: string): string[] {
  return source.split(/[\s,]+/).map((w) => w.replace(POSSESSIVE, '')).filter((w) => w !== '');
}

function lowerWords(source: string): string[] {
  return writtenWords(source.toLowerCase());
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word);

const commonNounSets = new WeakMap<CueLexicon, ReadonlySet<string>>();

/** The lexicon's common nouns (anonymous, document, organisation, government, role and media nouns) in one set. */
function commonNouns(lexicon: CueLexicon): ReadonlySet<string> {
  let nouns = commonNounSets.get(lexicon);
  if (nouns === undefined) {
    nouns = new Set([lexicon.anonymousNouns, lexicon.documentNouns, lexicon.organizationNouns, lexicon.governmentNouns, lexicon.roleNouns, lexicon.mediaNouns].flatMap((set) => [...set]));
    commonNounSets.set(lexicon, nouns);
  }
  return nouns;
}

/** Whether the word is written as a name: capitalised and not a common word of the lexicon. */
function isNameWord(word: string, lexicon: CueLexicon): boolean {
  if (!capitalised(word)) return false;
  const lower = word.toLowerCase().replace(POSSESSIVE, '');
  return !(commonNouns(lexicon).has(lower) || lexicon.describingWords.has(lower) || DETERMINERS.test(`${lower} `) || lexicon.pronouns.has(lower));
}

/**
 * Whether a registry name names no one in particular ("police", "ministry", "officials", "a
 * spokesman"), or an unnamed source: such a name stands for a different source in each article.
 * A plural is looked up in the lexicon as its singular too ("Prosecutors" at a sentence's start).
 */
export function isGenericSource(name: string, kind: string, lexicon: CueLexicon): boolean {
  if (kind === 'anonymous') return true;
  return !writtenWords(name).some((word) => isNameWord(word, lexicon) && isNameWord(word.replace(/s$/, ''), lexicon));
}

/** A particle of a name, alone ("bin", "van") or joined to the name ("al-Walai", "el-Sisi"). */
const isNameParticle = (word: string) => /^(?:al|el|bin|ibn|de|van|von)-?$/i.test(word) || /^(?:al|el)-\p{Lu}/u.test(word);

/** A relative clause or a participle phrase after a comma ("which was funded by", "released Tuesday by"): it describes the source, it does not name it. */
const isDescribingPart = (part: string) => /^(?:who|which|whose)\b/i.test(part) || /^\p{Ll}{2,}ed\b/u.test(part);

/** Of an appositive source ("Jane Doe, the mayor"), the part that names it. */
export function namingPart(source: string, lexicon: CueLexicon): string {
  const parts = source.split(/,\s*/).filter((p) => p !== '' && !isDescribingPart(p));
  if (parts.length < 2) return parts[0] ?? source;
  const names = (part: string) => part.split(/\s+/).filter((w) => isNameWord(w, lexicon)).length;
  // "Thanawat Srisuk, an economist at Siam Meridian Securities", "The Secretary-General of Kataib
  // Sayyid al-Shuhada, Abu Alaa al-Walai": a part that is all a proper name is the name
  const isProperName = (words: readonly string[]) => words.length >= 2 && words.every((w) => isNameWord(w, lexicon) || isNameParticle(w));
  const properName = parts.find((part) => isProperName(part.split(/\s+/)));
  if (properName !== undefined) return properName;
  return parts.reduce((best, part) => (names(part) > names(best) ? part : best));
}

/**
 * The body that issued a statement the source names ("a statement from the Angolan presidency" is
 * the presidency's, "a joint statement by the two ministries" theirs), or null.
 */
function issuerOf(written: string, lexicon: CueLexicon): string | null {
  const words = written.trim().split(/\s+/);
  const noun = words.findIndex((w) => lexicon.issuedNouns.has(w.toLowerCase()));
  // the noun opens the phrase, after at most a determiner and one describing word ("a joint statement")
  if (noun === -1 || noun > 2) return null;
  const rest = words.slice(noun + 1).join(' ');
  const link = lexicon.issuerLinks.find((l) => rest.toLowerCase().startsWith(`${l} `));
  return link === undefined ? null : rest.slice(link.length + 1).trim() || null;
}

/** The kind of source the words name, for a new registry entry. */
export function sourceKindOf(written: string, lexicon: CueLexicon): SuggestedSourceKind {
  const issuer = issuerOf(written, lexicon);
  if (issuer !== null) return sourceKindOf(issuer, lexicon);
  const source = namingPart(written, lexicon);
  const words = lowerWords(source);
  if (words.length === 1 && lexicon.pronouns.has(words[0]!)) return lexicon.pronouns.get(words[0]!) === 'person' ? 'person' : 'other';
  if (words.includes('our') && words.some((w) => lexicon.reporterMarkers.has(w))) return 'media';
  const lowerWritten = written.toLowerCase();
  if (lexicon.anonymityMarkers.some((m) => lowerWritten.includes(m))) return 'anonymous';
  const head = headWord(writtenWords(source));
  // the words before any attachment ("Technology analyst Marco Bellini" of "... of the consultancy Forrest Lane")
  const raw = source.split(/\s+/);
  const core = raw.slice(0, Math.max(1, words.indexOf(head) + 1));
  const coreLower = words.slice(0, core.length);
  const names = core.filter((w) => isNameWord(w, lexicon)).length;
  const headIsName = isNameWord(core[core.length - 1] ?? '', lexicon);
  const isOrganizational = (w: string) => lexicon.organizationNouns.has(w) || lexicon.governmentNouns.has(w);
  // "the companies", "both governments", "the two unions": bodies the text named, referred back to, speak as themselves (GUIDE.md)
  const singular = head.replace(/ies$/, 'y').replace(/s$/, '');
  if (names === 0 && singular !== head && /^(?:the|both|all)$/.test(words[0] ?? '') && isOrganizational(singular)) return lexicon.governmentNouns.has(singular) ? 'government' : 'organization';
  if (lexicon.documentNouns.has(head)) return 'document';
  if (lexicon.anonymousNouns.has(head) || /^\d/.test(head)) return 'anonymous';
  // a role and a name: "Committee chairman Alasdair Ross", "Green Centre leader Liis Mets"
  const role = coreLower.findIndex((w) => lexicon.roleNouns.has(w) || lexicon.anonymousNouns.has(w));
  if (role !== -1 && headIsName && role < coreLower.length - 1) return 'person';
  // "an Egyptian archaeologist", "another parent": one unnamed person; "tanker operators", "farming groups": unnamed people
  if (/^(?:a|an|another|one)$/.test(words[0] ?? '') && !headIsName && !isOrganizational(head) && !lexicon.mediaNouns.has(head)) return 'anonymous';
  if (names === 0 && /[^s]s$/.test(head) && !lexicon.governmentNouns.has(head)) return 'anonymous';
  // an organisation's marks, in the words before any attachment ("Mike Ryan of the World Health Organization (WHO)" is a person)
  const named = /^the$/.test(words[0] ?? '') || /\(\p{Lu}{2,}\)/u.test(core.join(' ')) || /['\u2019]s$/.test(raw[0] ?? '');
  if (lexicon.roleNouns.has(head) || (headIsName && names >= 2 && !named && !coreLower.some(isOrganizational))) return 'person';
  if (words.includes('news') || lexicon.mediaNouns.has(head)) return 'media';
  if (lexicon.governmentNouns.has(head) || words.includes('ministry') || words.includes('government')) return 'government';
  if (words.some((w) => lexicon.organizationNouns.has(w)) || named) return 'organization';
  if (names >= 2) return 'person';
  if (names === 1) return 'organization';
  return 'other';
}

const ATTACHMENTS = new Set(['of', 'for', 'who', 'in', 'within', 'inside', 'at', 'close', 'familiar', 'with', 'from', 'on', 'to', 'whose', 'which', 'that', 'by', 'seen', 'quoted', 'surveyed', 'polled']);

/** How many of the words come before an attachment ("of", "by", "who", a participle such as "published"; a capitalised "Ahmed" is a name). */
function coreLength(written: readonly string[]): number {
  const words = written.map((w) => w.toLowerCase());
  const cut = words.findIndex((w, i) => i > 0 && (ATTACHMENTS.has(w) || (/ed$/.test(w) && w.length > 4 && !capitalised(written[i]!) && !/^(?:the|a|an|its|their)$/.test(words[i - 1]!))));
  return cut === -1 ? words.length : cut;
}

/** The head noun (lower case): the last word before an attachment. */
function headWord(written: readonly string[]): string {
  return written[coreLength(written) - 1]?.toLowerCase() ?? '';
}

/** The attribution type of GUIDE.md, first that applies. */
export function attributionOf(content: string, source: string | null, kind: SuggestedSourceKind, cueLemma: string, lexicon: CueLexicon): SuggestedAttribution {
  const trimmed = content.trim();
  if (trimmed.length > 1 && isQuoteMark(trimmed[0]!) && isQuoteMark(trimmed[trimmed.length - 1]!)) return 'direct-quote';
  if (kind === 'anonymous') return 'anonymous-source';
  if (kind === 'document') return 'data-or-document';
  if (kind === 'media') return source !== null && /\bour\b/i.test(source) ? 'reporter-observation' : 'indirect-quote';
  if (kind === 'organization' || kind === 'government') return 'official-statement';
  if (kind === 'other' && (lexicon.statementVerbs.has(cueLemma) || cueLemma === 'claim')) return 'official-statement';
  return 'indirect-quote';
}

/**
 * A body named after words that describe it ("German carmaker Vantara Motors", "Frankfurt-based
 * brokerage Haller & Co", "state news agency KUNA"): its name, the capitalised words after the
 * last lower-case word; else the words as they are ("Ministry of Health", "Committee to Protect
 * Journalists", "Doctors without Borders": their small words join the name).
 */
function afterDescription(name: string, lexicon: CueLexicon): string {
  const words = name.split(' ');
  const joins = (word: string) => lexicon.nameLinks.has(word.toLowerCase());
  let last = -1;
  words.forEach((word, at) => {
    if (/^\p{Ll}/u.test(word) && !joins(word)) last = at;
  });
  const rest = words.slice(last + 1);
  if (last === -1 || rest.length === 0 || !/^\p{Lu}/u.test(rest[0]!)) return name;
  return rest.every((word) => /^[\p{Lu}\p{N}&]/u.test(word) || joins(word)) ? rest.join(' ') : name;
}

/** The name a registry entry would hold: the words without a leading determiner or trailing possessive. */
export function registryName(written: string, kind: SuggestedSourceKind, lexicon: CueLexicon): string {
  const issuer = issuerOf(written, lexicon);
  if (issuer !== null) return registryName(issuer, kind, lexicon);
  let name = namingPart(written, lexicon).replace(/\s+/g, ' ').trim().replace(DETERMINERS, '').replace(/['\u2019]s$/, '');
  if (kind === 'organization' || kind === 'government' || kind === 'media') name = afterDescription(name, lexicon);
  if (kind === 'person') {
    // the person's own words, before any attachment ("Mike Ryan of the World Health Organization")
    const all = name.split(' ');
    const words = all.slice(0, coreLength(writtenWords(name)));
    let first = words.length - 1;
    while (first > 0 && isNamePart(words[first - 1]!)) first -= 1;
    if (capitalised(words[first]!) && (first > 0 || words.length < all.length) && words.length - first >= 2) name = words.slice(first).join(' ');
  }
  return name;
}
