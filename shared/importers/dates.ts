// Reads publication dates written the ways articles write them ("2023-11-11",
// "Thursday, August 15, 2019", "15 August 2019", "Published 3 March 2024", "mardi 12 mars 2024",
// "15 de marzo de 2024") into YYYY-MM-DD. Month and weekday names are English, French, Spanish,
// Portuguese, German, Italian and Dutch, as the Intl API names them.

const DATE_LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'nl'];

/** A name without its accents and final period, in lower case ("Févr." -> "fevr"). */
const bare = (word: string) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '');

/** Each language's month names (January first), in lower case without accents. */
const MONTHS: readonly string[][] = DATE_LANGUAGES.map((language) => {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => bare(format.format(new Date(Date.UTC(2024, month, 15)))));
});

/** Every language's weekday names, in lower case without accents. */
const WEEKDAYS: ReadonlySet<string> = new Set(
  DATE_LANGUAGES.flatMap((language) => {
    const format = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, day) => bare(format.format(new Date(Date.UTC(2024, 0, 7 + day)))));
  }),
);

/** The words a date line may start with before its date ("Published", "Publié le", "Actualizado el"). */
const DATE_PREFIX = /^(?:(?:published|posted|updated|first published|publi[ée]e?|mis à jour|publicado|actualizado|atualizado|ver[öo]ffentlicht|aktualisiert|pubblicato|aggiornato|gepubliceerd)(?: (?:on|le|el|em|am|il|op))?:? )/i;

/** A month's index (0-11) from its name or abbreviation in any of the languages, or -1. */
function monthIndex(word: string): number {
  const w = bare(word);
  if (w.length < 3) return -1;
  for (const names of MONTHS) {
    const index = names.findIndex((m) => m.startsWith(w));
    if (index !== -1) return index;
  }
  return -1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  if (year < 1800 || year > 2200) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * After an ISO date, what may follow it on a date line: a time ("at" before it or not), with
 * seconds, am or pm and a zone ("T12:59:00Z", " 12:59 UTC", " at 12:59 p.m. CET").
 */
const ISO_TIME = String.raw`(?:(?:T| | at )\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[aApP]\.?[mM]\.?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}))?)?`;
/** (the zone in capitals: "2024-03-14 12:59 Talks" is no date line) */
const ISO_DATE_LINE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${ISO_TIME}$`);

/** The YYYY-MM-DD date written in `text`, or null when it is not (only) a date, with perhaps a time. */
export function parseDateline(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let m = ISO_DATE_LINE.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const words = t.replace(DATE_PREFIX, '').split(' ');
  // a weekday first ("Thursday,", "mardi") goes; "de" between day, month and year ("15 de marzo de 2024") too
  if (words.length > 0 && WEEKDAYS.has(bare(words[0]!.replace(/,$/, '')))) words.shift();
  const withoutWeekday = words.filter((word) => !/^(?:de|del)$/i.test(word)).join(' ');
  m = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(withoutWeekday);
  if (m) {
    const month = monthIndex(m[1]!);
    return month < 0 ? null : isoDate(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{1,2})\.?(?:er)? (\p{L}+)\.?,? (\d{4})$/u.exec(withoutWeekday);
  if (m) {
    const month = monthIndex(m[2]!);
    return month < 0 ? null : isoDate(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** The calendar date of an ISO date-time or date string, or '' when there is none. */
export function dateOfTimestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (m) return isoDate(Number(m[1]!.slice(0, 4)), Number(m[1]!.slice(5, 7)) - 1, Number(m[1]!.slice(8, 10))) ?? '';
  return parseDateline(value) ?? '';
}
