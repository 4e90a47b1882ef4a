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

/** The name without the article's title, when it is a source of that article's own ("police"); else the name as it is. */
export function nameWithoutArticle(name: string, articleTitle: string): string {
  const suffix = ` (${shortTitle(articleTitle)})`;
  return name.endsWith(suffix) && name.length > suffix.length ? name.slice(0, -suffix.length) : name;
}
