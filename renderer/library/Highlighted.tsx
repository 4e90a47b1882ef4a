// Text with the search's matched words marked: a word is marked where it starts with a matched
// term, ignoring case (the index matches prefixes and near spellings, so terms are what it found).
import { Fragment, useMemo } from 'react';

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => {
    if (terms.length === 0) return [text];
    // split keeps the captured words at the odd places
    return text.split(new RegExp(`((?<![\\p{L}\\p{N}])(?:${terms.map(escape).join('|')})[\\p{L}\\p{N}]*)`, 'giu'));
  }, [text, terms]);
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
