// An evidence address as the user typed it: the link it becomes (https:// added to a bare web
// address such as www.lrs.lt/budget-2027), or why it cannot be kept; and, for this session, the
// typed addresses that could not be kept, so leaving the claim does not lose them.
import { safeLinkUrl } from '@shared/domain/safe-url';

export type TypedAddress = { ok: true; url: string } | { ok: false; problem: string };

/** A host name with a dot and a top-level domain of letters, an optional port, then an optional path. */
const BARE_WEB_ADDRESS = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;
/** A file name (report.pdf) looks like a host name but is not one. */
const FILE_NAME = /^[^/]+\.(?:pdf|docx?|xlsx?|pptx?|odt|csv|txt|html?|jpe?g|png|gif)(?:$|[?#])/i;
const BARE_EMAIL = /^[^\s@/:]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;
/** A scheme other than a port number: `javascript:`, `file:`, `ftp:`… */
const SCHEME = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

/** What a typed evidence address becomes: '' stays '', a link is normalised, a bare address gets its scheme. */
export function typedAddress(raw: string): TypedAddress {
  const typed = raw.trim();
  if (typed === '') return { ok: true, url: '' };
  const url = safeLinkUrl(typed) ?? bareAddressUrl(typed.replace(/^\/\//, ''));
  if (url !== null) return { ok: true, url };
  const scheme = SCHEME.exec(typed)?.[1];
  if (scheme) return { ok: false, problem: `“${scheme}:” links are not kept, only https, http and mailto` };
  return { ok: false, problem: `“${typed}” is not a web address such as https://example.org/page` };
}

function bareAddressUrl(typed: string): string | null {
  if (BARE_WEB_ADDRESS.test(typed) && !FILE_NAME.test(typed)) return safeLinkUrl(`https://${typed}`);
  if (BARE_EMAIL.test(typed)) return safeLinkUrl(`mailto:${typed}`);
  return null;
}

const unsavedAddresses = new Map<string, string>();

/** The address typed for this evidence that could not be kept, if any (held until the app closes). */
export function unsavedAddress(evidenceId: string): string | undefined {
  return unsavedAddresses.get(evidenceId);
}

/** Holds (or, with null, forgets) the address typed for this evidence that could not be kept. */
export function holdUnsavedAddress(evidenceId: string, typed: string | null): void {
  if (typed === null) unsavedAddresses.delete(evidenceId);
  else unsavedAddresses.set(evidenceId, typed);
}
