// What every part of a REFI-QDA project needs: GUIDs derived by name (so a code's GUID is known
// wherever it is referenced, before the codebook is written), XML-safe text and names, offsets in
// code points, and the one XML builder configuration.
import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';

/** The namespace of every GUID this export derives by name (RFC 9562 version 5); never change it. */
const GUID_NAMESPACE = '6c00699e-5dfd-4f71-a408-ef97f35b592c';

export type XmlValue = string | number | XmlElement | XmlElement[] | undefined;
/** An element for XMLBuilder: `@_name` keys are attributes, other keys child elements in order. */
export interface XmlElement {
  [key: string]: XmlValue;
}

/** A name-based (version 5) UUID: the same name always gives the same GUID. */
export function derivedGuid(name: string): string {
  const namespace = Buffer.from(GUID_NAMESPACE.replaceAll('-', ''), 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const APP_USER_GUID = derivedGuid('user:corroborate');

/** The GUIDs of the codes, by the id (or tag) they code. */
export const codeGuid = {
  status: (id: string) => derivedGuid(`status:${id}`),
  attribution: (id: string) => derivedGuid(`attribution:${id}`),
  source: (id: string) => derivedGuid(`source:${id}`),
  tag: (tag: string) => derivedGuid(`tag:${tag}`),
};

/**
 * Drops what XML 1.0 cannot carry (C0 controls other than tab and line ends, lone surrogates,
 * U+FFFE/U+FFFF; https://www.w3.org/TR/xml/#charsets) and the discouraged C1 controls; line ends become "\n".
 */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[^\t\n\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** An XML-safe name on one line, or the fallback when nothing is left. */
export function xmlName(text: string, fallback: string): string {
  const name = xmlSafeText(text).replace(/\s+/g, ' ').trim();
  return name === '' ? fallback : name;
}

/** XML-safe text, or nothing (the element is left out) when it is blank. */
export const optionalText = (text: string) => (xmlSafeText(text).trim() === '' ? undefined : xmlSafeText(text));

/** Maps UTF-16 offsets into `text` to code-point offsets (a lone surrogate counts as one code point). */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = count;
    const code = text.charCodeAt(i);
    const pairs = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    count++;
    if (pairs) table[++i] = count;
  }
  table[text.length] = count;
  return (offset) => table[offset]!;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
  // the default writes `isCodable="true"` as a bare attribute, which is not XML
  suppressBooleanAttributes: false,
  processEntities: true,
});

/** XML text of elements (`{ Name: element }`), indented. */
export function buildXml(elements: XmlElement): string {
  return builder.build(elements) as string;
}
