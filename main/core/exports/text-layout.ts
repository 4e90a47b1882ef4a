// How a text export is laid out around its documents' parts: a head, the parts with a separator
// between them (a document with nothing to contribute is left out), and a tail. The same layout
// joins parts already in memory or streams them one document at a time.

export interface TextLayout {
  head: string;
  separator: string;
  tail: string;
  /** the whole text when no document contributes anything (head and tail otherwise) */
  whenEmpty?: string;
}

/** The text of a layout around parts already rendered. */
export function layOut(layout: TextLayout, bodies: readonly string[]): string {
  const present = bodies.filter((body) => body !== '');
  if (present.length === 0 && layout.whenEmpty !== undefined) return layout.whenEmpty;
  return `${layout.head}${present.join(layout.separator)}${layout.tail}`;
}

/** The text of a layout around parts rendered one after another, as they come. */
export async function* streamLayout(layout: TextLayout, bodies: AsyncIterable<string>): AsyncGenerator<string> {
  let first = true;
  for await (const body of bodies) {
    if (body === '') continue;
    yield first ? `${layout.head}${body}` : `${layout.separator}${body}`;
    first = false;
  }
  yield first ? (layout.whenEmpty ?? `${layout.head}${layout.tail}`) : layout.tail;
}
