// A person's name without the titles written before it: "Councillor Debra Hollis" and "Dr Debra
// Hollis" are Debra Hollis, "Mr Hollis" is Hollis. The suggester and the registry match people by
// it, so one person named with and without a title is one source.
import type { CueLexicon } from './lexicon/lexicon';

/** Whether a written word is a title or a body's noun: "Mr.", "Dr", "Councillor", "Minister", "State". */
function isTitle(word: string, lexicon: CueLexicon): boolean {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return lexicon.courtesyTitles.has(bare) || lexicon.roleNouns.has(bare) || lexicon.governmentNouns.has(bare);
}

/** A word that may be part of a name: capitalised, or a particle ("al-Sudani", "bin", "van"). */
export const isNamePart = (word: string) => /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|de|van|von|der|la|le|du|da|dos)(?:-|$)/i.test(word);

/**
 * The name's last words that are part of a name and no title: "Prime Minister Mohammed Shia
 * al-Sudani" is "Mohammed Shia al-Sudani", "Mr Hollis" is "Hollis". The last word always stays
 * ("John King" is not cut at "King").
 */
export function personalName(name: string, lexicon: CueLexicon): string {
  const words = name.trim().split(/\s+/);
  let first = words.length - 1;
  while (first > 0 && isNamePart(words[first - 1]!) && !isTitle(words[first - 1]!, lexicon)) first -= 1;
  return words.slice(first).join(' ');
}
