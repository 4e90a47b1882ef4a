// The name of a source of one article's own: a name of no one in particular ("police",
// "officials") with the article's title, "police (Floods close roads in Nairobi)", so another
// article's police are another source. Exports that publish the name without its article
// (ClaimReview's author) take the title off again.

const TITLE_LENGTH = 40;

/** The article's title, cut at a word within 40 characters ("Kenya: floods displace thousands as…"). */
function shortTitle(title: string): string {
  const whole = title.replace(/\s+/g, ' ').trim();
  if (whole === '') return 'untitled';
  if (whole.length <= TITLE_LENGTH) return whole;
  const space = whole.lastIndexOf(' ', TITLE_LENGTH);
  return `${whole.slice(0, space > TITLE_LENGTH / 2 ? space : TITLE_LENGTH).replace(/[\s,;:.\u2013\u2014-]+$/, '')}\u2026`;
}

/** "police" of the article titled "Floods close roads in Nairobi": "police (Floods close roads in Nairobi)". */
export function articleSourceName(name: string, articleTitle: string): string {
  return `${name} (${shortTitle(articleTitle)})`;
}

/** What the name of a source of the article's own ends with: " (Floods close roads in Nairobi)". */
export function articleSuffix(articleTitle: string): string {
  return ` (${shortTitle(articleTitle)})`;
}

/** The name without the article's title, when it is a source of that article's own ("police"); else the name as it is. */
export function nameWithoutArticle(name: string, articleTitle: string): string {
  const suffix = articleSuffix(articleTitle);
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}

/**
 * The name without the title of whichever article it is a source of (`suffixes`: the library's
 * articleSuffix of each title), so a search for a title does not find the article's own sources.
 */
export function nameWithoutAnyArticle(name: string, suffixes: ReadonlySet<string>): string {
  const at = name.lastIndexOf(' (');
  return at > 0 && suffixes.has(name.slice(at)) ? name.slice(0, at) : name;
}
