// One document in the library table: open it, rename it in place, move it to the trash.
import { useState, type ReactNode } from 'react';
import type { DocumentSummary } from '@shared/domain/document';
import { outletOf } from '@shared/search/claim-filter';
import { useActions } from '../state/app-context';

interface DocumentRowProps {
  doc: DocumentSummary;
  /** the row's place in the table, and the callback that measures its height (the table is virtualised) */
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  mix: ReactNode;
}

export function DocumentRow({ doc, index, measure, selected, onSelect, mix }: DocumentRowProps) {
  const actions = useActions();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(doc.title);
  const rename = async () => {
    if (title.trim() !== '' && title.trim() !== doc.title && !(await actions.across.renameDocument(doc.id, title.trim()))) return;
    setRenaming(false);
  };
  return (
    <tr ref={measure} data-index={index} aria-selected={selected}>
      <td className="documents-table__check">
        <input type="checkbox" aria-label={`Select “${doc.title}”`} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
      </td>
      <td className="documents-table__title">
        {renaming ? (
          <input
            className="input"
            autoFocus
            aria-label="New title"
            value={title}
            maxLength={1000}
            onChange={(e) => setTitle(e.target.value)}
            onBlur={() => void rename()}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void rename();
              if (e.key === 'Escape') {
                setTitle(doc.title);
                setRenaming(false);
              }
            }}
          />
        ) : (
          <button type="button" className="documents-table__open" onClick={() => void actions.openDocument(doc.id)}>
            <bdi>{doc.title}</bdi>
          </button>
        )}
      </td>
      <td>
        <bdi>{outletOf(doc)}</bdi>
      </td>
      <td className="documents-table__date">{doc.published}</td>
      <td className="documents-table__claims">
        <span className="documents-table__count">{doc.claimTotal.toLocaleString('en')}</span>
        {mix}
      </td>
      <td className="documents-table__date">
        <time dateTime={doc.updatedAt}>{doc.updatedAt.slice(0, 10)}</time>
      </td>
      <td className="documents-table__actions">
        <button type="button" className="button button--small" aria-label={`Rename “${doc.title}”`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button type="button" className="button button--small" aria-label={`Delete “${doc.title}” (to the trash)`} onClick={() => void actions.trash.move([doc.id])}>
          Delete
        </button>
      </td>
    </tr>
  );
}
