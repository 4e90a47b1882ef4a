// A suggestion's stable key: a 64-bit hash of its content's words, so a rejection recorded in the
// document outlives corrections of the text elsewhere (offsets move; the words do not).

const hex32 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** The key of a suggestion whose content reads `content` (white space collapsed, NFC). */
export function suggestionKey(content: string): string {
  const text = content.normalize('NFC').replace(/\s+/g, ' ').trim();
  // Two independent 32-bit lanes: FNV-1a, and a multiply-rotate hash with another seed.
  let fnv = 0x811c9dc5;
  let mix = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ code, 0x01000193);
    mix = Math.imul(mix ^ code, 0x85ebca6b);
    mix = (mix << 13) | (mix >>> 19);
  }
  mix = Math.imul(mix ^ (mix >>> 16), 0xc2b2ae35);
  return hex32(fnv) + hex32(mix ^ (mix >>> 13));
}
