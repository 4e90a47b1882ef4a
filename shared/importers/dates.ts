// Reads publication dates written the ways articles write them ("2023-11-11",
// "Thursday, August 15, 2019", "15 August 2019") into YYYY-MM-DD.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return -1;
  return MONTHS.findIndex((m) => m.startsWith(w));
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
  const withoutWeekday = t.replace(/^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+/i, '');
  m = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(withoutWeekday);
  if (m) {
    const month = monthIndex(m[1]!);
    return month < 0 ? null : isoDate(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(withoutWeekday);
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
