// A document's language as the user types it in Edit details: a BCP 47 tag ("en", "pt-BR", "ar")
// or a language's English name ("English", "Portuguese"), kept as the canonical tag; anything else
// (a misspelt name, "english language") is refused with a message that says what to write. The
// engine's Intl data (full ICU in Node and Chromium) knows the languages; nothing is bundled.

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The ISO 639-1 languages by their English names in lower case ("english" -> "en"), made on first use. */
let codesByName: Map<string, string> | null = null;

function codeNamed(name: string): string | undefined {
  if (codesByName === null) {
    codesByName = new Map();
    for (let first = 97; first <= 122; first += 1) {
      for (let second = 97; second <= 122; second += 1) {
        const code = String.fromCharCode(first, second);
        const known = displayNames.of(code);
        if (known !== undefined && !codesByName.has(known.toLowerCase())) codesByName.set(known.toLowerCase(), code);
      }
    }
  }
  return codesByName.get(name.toLowerCase());
}

/** The canonical tag when the engine knows its language ("EN-gb" -> "en-GB"), else null. */
function knownTag(typed: string): string | null {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(typed);
  } catch {
    return null;
  }
  const primary = canonical.split('-')[0]!;
  return /^[a-z]{2,3}$/.test(primary) && displayNames.of(primary) !== undefined ? canonical : null;
}

/** The language typed, as its canonical tag; '' when nothing is typed; null when it is neither a known tag nor a language's English name. */
export function languageTagOf(typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === '') return '';
  return knownTag(trimmed) ?? codeNamed(trimmed) ?? null;
}

/** What to tell the user about a language that is neither a tag nor a name. */
export function unknownLanguageMessage(typed: string): string {
  return `“${typed.trim()}” is not a language this app knows: write its code (en, fr, ar, pt-BR) or its English name (English, French).`;
}
