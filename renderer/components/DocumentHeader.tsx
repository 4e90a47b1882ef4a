// The article's metadata above its text (title, byline, outlet, date, URL, credit and licence),
// correctable in place: Edit details opens a small form that saves as the user types (each save a
// step of the history); Enter, Escape or Done close it, and a value that cannot be saved is kept.
import { Fragment, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DocumentMeta } from '@shared/domain/document';
import { useActions } from '../state/app-context';
import { FieldProblem, LabelledField } from './FieldProblem';
import { META_PROBLEM_NAMES, META_TEXT_FIELDS, metaChanges, metaDraft, metaProblems, rebaseMetaDraft, type MetaDraft, type MetaProblems } from './meta-draft';
import { useDraftEditor } from './use-draft-editor';

interface DocumentHeaderProps {
  documentId: string;
  meta: DocumentMeta;
  readOnly: boolean;
}

/** The details form: saved as the user types (and when a field is left); Escape, Enter or Done close it. */
function MetadataForm({ documentId, meta, onDone }: { documentId: string; meta: DocumentMeta; onDone: () => void }) {
  const actions = useActions();
  const { draft, refusal, edit, flush } = useDraftEditor({
    key: `meta:${documentId}`,
    stored: meta,
    toDraft: metaDraft,
    rebase: rebaseMetaDraft,
    changes: (d) => metaChanges(d, meta, metaProblems(d, meta)),
    problemFields: (d) => (Object.keys(metaProblems(d, meta)) as (keyof MetaProblems)[]).map((field) => META_PROBLEM_NAMES[field]),
    send: (changes, refused) => actions.updateMeta(documentId, changes, refused, meta),
    whose: `the details of “${meta.title}”`,
    reopen: 'choose Edit details',
  });
  const problems = metaProblems(draft, meta);
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onDone();
    }
  };
  return (
    <form
      className="meta-form"
      aria-label="Document details"
      // the form's own problems are shown beside their fields; the browser's bubbles would cover them
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onDone();
      }}
      onBlur={flush}
      onKeyDown={handleKeyDown}
    >
      {META_TEXT_FIELDS.map((field) => (
        <LabelledField key={field.key} id={`meta-${field.key}`} label={field.label} problem={field.key === 'title' || field.key === 'url' || field.key === 'language' ? problems[field.key] : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type={field.type ?? 'text'}
              maxLength={field.maxLength}
              value={draft[field.key]}
              autoFocus={field.key === 'title'}
              onChange={(e) => edit({ [field.key]: e.target.value }, field.type === 'date' ? 0 : undefined)}
            />
          )}
        </LabelledField>
      ))}
      <LabelledField id="meta-dir" label="Direction">
        {({ id }) => (
          <select id={id} className="select" value={draft.dir} onChange={(e) => edit({ dir: e.target.value as MetaDraft['dir'] }, 0)}>
            <option value="ltr">Left to right</option>
            <option value="rtl">Right to left</option>
            <option value="auto">Automatic, paragraph by paragraph</option>
          </select>
        )}
      </LabelledField>
      <FieldProblem id="meta-problem" problem={refusal} />
      <div className="meta-form__actions">
        <p className="field__hint">Changes are saved as you type.</p>
        <button type="submit" className="button button--primary">
          Done
        </button>
      </div>
    </form>
  );
}

export function DocumentHeader({ documentId, meta, readOnly }: DocumentHeaderProps) {
  const actions = useActions();
  const [editing, setEditing] = useState(false);
  // closing the form gives the focus back to the button that opened it
  const editButton = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (editing || !closed.current) return;
    closed.current = false;
    editButton.current?.focus();
  }, [editing]);
  if (editing) {
    const close = () => {
      closed.current = true;
      setEditing(false);
    };
    return <MetadataForm documentId={documentId} meta={meta} onDone={close} />;
  }
  // each part isolated, the date and the address left to right: in a right-to-left article "2023-11-11" keeps its order
  const line = [
    { text: meta.byline, ltr: false },
    { text: meta.outlet !== meta.byline ? meta.outlet : '', ltr: false },
    { text: meta.published, ltr: true },
  ].filter((part) => part.text);
  return (
    <header className="doc-header" dir={meta.dir === 'rtl' ? 'rtl' : undefined}>
      <h1 className="doc-header__title">{meta.title}</h1>
      {line.length > 0 ? (
        <p className="doc-header__line">
          {line.map((part, index) => (
            <Fragment key={index}>
              {index > 0 ? ' · ' : null}
              <bdi dir={part.ltr ? 'ltr' : undefined}>{part.text}</bdi>
            </Fragment>
          ))}
        </p>
      ) : null}
      {meta.url ? (
        <p className="doc-header__url">
          {/* a link like the article's own: the whole address is shown, and asked about, before it leaves the app */}
          <a
            className="article-link"
            dir="ltr"
            href={meta.url}
            title={meta.url}
            onClick={(event) => {
              event.preventDefault();
              actions.askToOpenLink(meta.url);
            }}
          >
            {meta.url}
          </a>
        </p>
      ) : null}
      {meta.credit || meta.license ? (
        <p className="doc-header__credit">{[meta.credit, meta.license ? `Licence: ${meta.license}` : ''].filter(Boolean).join(' · ')}</p>
      ) : null}
      {readOnly ? null : (
        <button ref={editButton} type="button" className="button button--small doc-header__edit" onClick={() => setEditing(true)}>
          Edit details
        </button>
      )}
    </header>
  );
}
