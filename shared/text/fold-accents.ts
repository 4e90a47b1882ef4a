// Searching without accents: "cafe" finds "café", "Muyembe" "Muyémbé", and a term the index
// found is marked in the text however its letters are accented. Only the combining marks of
// Latin, Greek and Cyrillic letters are dropped; other scripts' marks (Arabic vowels, Devanagari
// vowel signs) are part of their words and stay.

const LATIN_MARKS = /[\u0300-\u036f]/g;

/** a character beyond ASCII, the only ones with accents to fold */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** The text in lower case without Latin, Greek and Cyrillic accents ("Café" -> "cafe"). */
export function foldAccents(text: string): string {
  // most words of most articles have nothing to fold: lower case is all (the index folds every word)
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase();
  return text.toLowerCase().normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
}

/** Every precomposed letter of the Latin, Greek and Cyrillic blocks, by the letter it folds to ("e" -> "éèêë…"). */
const variantsByBase: ReadonlyMap<string, string> = (() => {
  const variants = new Map<string, string>();
  const ranges: Array<[number, number]> = [
    [0x00c0, 0x024f],
    [0x0370, 0x03ff],
    [0x0400, 0x04ff],
    [0x1e00, 0x1eff],
    [0x1f00, 0x1fff],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const letter = String.fromCharCode(code);
      const base = foldAccents(letter);
      // the letter as written and in lower case ("İ" lowers to two characters, and is kept as written)
      const spellings = [letter, letter.toLowerCase()].filter((l) => l.length === 1 && l !== base);
      if (base.length === 1 && spellings.length > 0) variants.set(base, `${variants.get(base) ?? ''}${spellings.join('')}`);
    }
  }
  return variants;
})();

/** A character as a pattern outside a class (with the u flag, escaping "-" there is an error). */
const escape = (character: string) => character.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A character inside a class: only \, ], ^ and - mean something there. */
const escapeInClass = (character: string) => character.replace(/[\\\]^-]/g, '\\$&');

/** A regular expression's source that matches the (folded) term in a text whatever its letters' accents (use with the i and u flags). */
export function accentInsensitiveSource(term: string): string {
  return [...term]
    .map((character) => {
      const variants = variantsByBase.get(character);
      return variants === undefined ? escape(character) : `[${escapeInClass(character)}${[...new Set(variants)].join('')}]\\p{M}*`;
    })
    .join('');
}
