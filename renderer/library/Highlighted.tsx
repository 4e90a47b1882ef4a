// Text with the search's hits marked (see search-hits.ts); `fromHit` shows a long text from just
// before its first hit when that hit would be out of view.
import { Fragment, useMemo } from 'react';
import { fromFirstHit, hitPattern } from './search-hits';

/** `fromHit`: the lines the text has on screen, to show it from its first hit when that is out of view (false: from its start). */
export function Highlighted({ text, terms, fromHit = false }: { text: string; terms: readonly string[]; fromHit?: false | 1 | 2 }) {
  const parts = useMemo(() => {
    const pattern = hitPattern(terms);
    if (pattern === null) return [text];
    // split keeps the captured words at the odd places
    return (fromHit ? fromFirstHit(text, pattern, fromHit) : text).split(pattern);
  }, [text, terms, fromHit]);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="search-hit">
            {part}
          </mark>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
