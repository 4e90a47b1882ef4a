// The URL allow-list for links kept in documents and evidence: http, https and mailto only.
// Anything else (javascript:, data:, file:, relative paths) is not a link we keep.

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Returns the normalised URL when it parses and uses an allowed scheme, else null. */
export function safeLinkUrl(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

export function isSafeLinkUrl(raw: string): boolean {
  return safeLinkUrl(raw) === raw;
}
