// The article's metadata above its text (title, byline, outlet, date, URL, credit and licence),
// correctable in place: Edit details opens a small form; Enter saves, Escape cancels.
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DocumentMeta, EditableMeta } from '@shared/domain/document';
import { useActions } from '../state/app-context';

interface DocumentHeaderProps {
  documentId: string;
  meta: DocumentMeta;
  readOnly: boolean;
}

type Field = { key: Exclude<keyof EditableMeta, 'dir'>; label: string; type?: 'date' | 'url' };

const FIELDS: Field[] = [
  { key: 'title', label: 'Title' },
  { key: 'byline', label: 'Byline' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'published', label: 'Published', type: 'date' },
  { key: 'url', label: 'URL', type: 'url' },
  { key: 'language', label: 'Language' },
  { key: 'credit', label: 'Credit' },
  { key: 'license', label: 'Licence' },
];

function MetadataForm({ documentId, meta, onDone }: { documentId: string; meta: DocumentMeta; onDone: () => void }) {
  const actions = useActions();
  const [draft, setDraft] = useState<EditableMeta>(() => Object.fromEntries([...FIELDS.map((f) => [f.key, meta[f.key]]), ['dir', meta.dir]]));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const changes = Object.fromEntries(Object.entries(draft).filter(([key, value]) => meta[key as keyof DocumentMeta] !== value)) as EditableMeta;
    if (Object.keys(changes).length === 0) return onDone();
    void actions.updateMeta(documentId, changes).then((saved) => saved && onDone());
  };
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };
  return (
    <form className="meta-form" aria-label="Document details" onSubmit={submit} onKeyDown={handleKeyDown}>
      {FIELDS.map((field) => (
        <label key={field.key} className="meta-form__field">
          <span className="field__label">{field.label}</span>
          <input
            className="input"
            type={field.type ?? 'text'}
            value={draft[field.key] ?? ''}
            autoFocus={field.key === 'title'}
            onChange={(e) => setDraft({ ...draft, [field.key]: e.target.value })}
          />
        </label>
      ))}
      <label className="meta-form__field">
        <span className="field__label">Direction</span>
        <select className="select" value={draft.dir} onChange={(e) => setDraft({ ...draft, dir: e.target.value as EditableMeta['dir'] })}>
          <option value="ltr">Left to right</option>
          <option value="rtl">Right to left</option>
          <option value="auto">Automatic, paragraph by paragraph</option>
        </select>
      </label>
      <div className="meta-form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Save details
        </button>
      </div>
    </form>
  );
}

export function DocumentHeader({ documentId, meta, readOnly }: DocumentHeaderProps) {
  const [editing, setEditing] = useState(false);
  if (editing) return <MetadataForm documentId={documentId} meta={meta} onDone={() => setEditing(false)} />;
  const line = [meta.byline, meta.outlet !== meta.byline ? meta.outlet : '', meta.published].filter(Boolean);
  return (
    <header className="doc-header" dir={meta.dir === 'rtl' ? 'rtl' : undefined}>
      <h1 className="doc-header__title">{meta.title}</h1>
      {line.length > 0 ? <p className="doc-header__line">{line.join(' · ')}</p> : null}
      {meta.url ? (
        <p className="doc-header__url" title={meta.url}>
          {meta.url}
        </p>
      ) : null}
      {meta.credit || meta.license ? (
        <p className="doc-header__credit">{[meta.credit, meta.license ? `Licence: ${meta.license}` : ''].filter(Boolean).join(' · ')}</p>
      ) : null}
      {readOnly ? null : (
        <button type="button" className="button button--small doc-header__edit" onClick={() => setEditing(true)}>
          Edit details
        </button>
      )}
    </header>
  );
}
