// Evidence for a claim: links or references that support it, refute it or give context, each with
// a title, a note and the date it was read. Links open in the browser after a confirmation. An
// address that cannot be kept stays in its field with the reason; the rest is saved all the same.
// A new item is saved once something is typed in it.
import { useEffect, useId, useRef, useState } from 'react';
import type { Evidence, EvidenceStance } from '@shared/domain/claim';
import { INSPECTOR_FIELDS } from '../../workspace/inspector-fields';
import { holdUnsavedAddress, typedAddress, unsavedAddress, type TypedAddress } from './evidence-address';
import { TextArea } from '../TextArea';

interface EvidenceFieldProps {
  evidence: readonly Evidence[];
  onChange: (evidence: Evidence[]) => void;
  onOpenLink: (url: string) => void;
}

const STANCES: Array<[EvidenceStance, string]> = [
  ['supports', 'Supports'],
  ['refutes', 'Refutes'],
  ['context', 'Context'],
];

const today = () => new Date().toISOString().slice(0, 10);
const problemOf = (address: TypedAddress) => (address.ok ? null : address.problem);

interface EvidenceItemProps {
  item: Evidence;
  /** not saved yet: saved at the first thing typed in it, even an address that cannot be kept (so it is not lost) */
  isNew: boolean;
  onSave: (item: Evidence) => void;
  onRemove: () => void;
  onOpenLink: (url: string) => void;
}

function EvidenceItem({ item, isNew, onSave, onRemove, onOpenLink }: EvidenceItemProps) {
  const [draft, setDraft] = useState(() => ({ ...item, url: unsavedAddress(item.id) ?? item.url }));
  // why the address typed is not saved, once the user has left it (not while still typing it)
  const [addressProblem, setAddressProblem] = useState(() => problemOf(typedAddress(draft.url)));
  const problemId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  // the saved item changed under the fields (Undo, Redo): they show it, unless the user is typing in
  // them (else leaving a field would save the old values back, redoing what was undone)
  useEffect(() => {
    if (!itemRef.current?.contains(document.activeElement)) setDraft({ ...item, url: unsavedAddress(item.id) ?? item.url });
  }, [item]);
  const commit = (next: Evidence) => {
    const address = typedAddress(next.url);
    holdUnsavedAddress(item.id, address.ok ? null : next.url);
    setAddressProblem(problemOf(address));
    if (address.ok && address.url !== next.url) setDraft({ ...next, url: address.url });
    // an address that cannot be kept leaves the saved one as it was; the other fields are saved
    const saved = { ...next, url: address.ok ? address.url : item.url };
    if (JSON.stringify(saved) !== JSON.stringify(item) || (isNew && next.url.trim() !== '')) onSave(saved);
  };
  const field = <K extends keyof Evidence>(key: K, value: Evidence[K], save = false) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (key === 'url') setAddressProblem(null);
    if (save) commit(next);
  };
  return (
    <li ref={itemRef} className="evidence-item" data-stance={draft.stance}>
      <div className="evidence-item__row">
        <input
          className="input"
          type="url"
          aria-label="Evidence URL"
          placeholder="https://…"
          value={draft.url}
          aria-invalid={addressProblem !== null}
          aria-describedby={addressProblem ? problemId : undefined}
          onChange={(e) => field('url', e.target.value)}
          onBlur={() => commit(draft)}
        />
        <select className="select select--small" aria-label="Stance" value={draft.stance} onChange={(e) => field('stance', e.target.value as EvidenceStance, true)}>
          {STANCES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {addressProblem ? (
        <p id={problemId} className="field__error" role="alert">
          Address not saved: {addressProblem}. The title and note are saved{item.url ? `, with the address saved before: ${item.url}` : ''}.
        </p>
      ) : null}
      <input className="input" aria-label="Evidence title" placeholder="Title (report, article, dataset…)" value={draft.title} onChange={(e) => field('title', e.target.value)} onBlur={() => commit(draft)} />
      <TextArea className="textarea textarea--small" aria-label="Evidence note" placeholder="What it shows" rows={2} value={draft.note} onValueChange={(note) => field('note', note)} onBlur={() => commit(draft)} />
      <div className="evidence-item__row">
        <label className="evidence-item__date">
          Read on
          <input className="input input--small" type="date" value={draft.accessedAt} onChange={(e) => field('accessedAt', e.target.value, true)} />
        </label>
        {item.url ? (
          <button type="button" className="button button--small" onClick={() => onOpenLink(item.url)}>
            Open link
          </button>
        ) : null}
        <button type="button" className="button button--small button--danger" onClick={onRemove}>
          Remove
        </button>
      </div>
    </li>
  );
}

export function EvidenceField({ evidence, onChange, onOpenLink }: EvidenceFieldProps) {
  // a new item not saved yet: it joins the claim's evidence once something is typed in it, so
  // Add (or E) pressed just to look leaves no blank item in the claim, its history or its exports
  const [pending, setPending] = useState<Evidence | null>(null);
  const focusLastAddress = () => requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.evidence-item:last-child input[type=url]')?.focus());
  const add = () => {
    // a blank item at the end is the one to fill in: a second blank one would only be in the way
    const last = evidence.at(-1);
    const blankAtEnd = last && last.url === '' && last.title === '' && last.note === '';
    if (!pending && !blankAtEnd) setPending({ id: crypto.randomUUID(), url: '', title: '', stance: 'context', note: '', accessedAt: today() });
    focusLastAddress();
  };
  const save = (next: Evidence) => {
    if (pending?.id === next.id) {
      setPending(null);
      onChange([...evidence, next]);
    } else onChange(evidence.map((e) => (e.id === next.id ? next : e)));
  };
  // the pending item is drawn in the same list, with the same key, so it stays the same fields once saved
  const shown = pending && !evidence.some((e) => e.id === pending.id) ? [...evidence, pending] : evidence;
  return (
    <section className="field" aria-label="Evidence">
      <span className="field__label">Evidence</span>
      <ul className="evidence-list">
        {shown.map((item) => (
          <EvidenceItem
            key={item.id}
            item={item}
            isNew={item === pending}
            onSave={save}
            onRemove={() => {
              holdUnsavedAddress(item.id, null);
              if (item === pending) setPending(null);
              else onChange(evidence.filter((e) => e.id !== item.id));
            }}
            onOpenLink={onOpenLink}
          />
        ))}
      </ul>
      <button id={INSPECTOR_FIELDS.evidence} type="button" className="button button--small" onClick={add}>
        Add evidence <kbd>E</kbd>
      </button>
    </section>
  );
}
