// Tags across the library: each with the number of claims carrying it (which opens them in the
// claims table); rename one (renaming onto an existing tag merges the two) or delete it from every
// claim; both can be undone.
import { useEffect, useRef, useState } from 'react';
import type { TagCount } from '@shared/bridge/contract';
import { tagKey } from '@shared/domain/claim-operations';
import { counted } from '@shared/text/counted';
import { useActions, useAppState } from '../state/app-context';

function TagRow({ tag, onRename, onDelete, onShow }: { tag: TagCount; onRename: (to: string) => void; onDelete: () => void; onShow: () => void }) {
  const [draft, setDraft] = useState(tag.tag);
  return (
    <li className="tag-row">
      <input className="input" aria-label={`Tag ${tag.tag}`} data-tag-key={tagKey(tag.tag)} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && draft.trim() && draft !== tag.tag && onRename(draft.trim())} />
      <button type="button" className="tag-row__count" aria-label={`Show the ${counted(tag.claims, 'claim')} tagged “${tag.tag}”`} title="Show them in the claims table" onClick={onShow}>
        {counted(tag.claims, 'claim')}
      </button>
      <button type="button" className="button button--small" disabled={!draft.trim() || draft === tag.tag} onClick={() => onRename(draft.trim())}>
        Rename
      </button>
      <button type="button" className="button button--small button--danger" onClick={onDelete}>
        Delete
      </button>
    </li>
  );
}

export function TagsPanel() {
  const actions = useActions();
  const { library } = useAppState();
  const [tags, setTags] = useState<TagCount[] | null>(null);
  // read again whenever the library changes: a rename or a deletion here, or one undone from anywhere
  useEffect(() => {
    // an older answer arriving after a newer one is dropped
    let current = true;
    void actions.registry.tags().then((read) => current && setTags(read));
    return () => {
      current = false;
    };
  }, [actions, library]);
  // after a rename the focus goes to the renamed tag's field, after a deletion to the tag that took
  // its place (else the title): its row is drawn anew, and the focus would be left on the page.
  // `gone`: the tag whose row must have left the list (read again) first; `key` null: the title
  const title = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusOnceRead = (gone: string, key: string | null) => {
    let frames = 0;
    const field = (tag: string) => list.current?.querySelector<HTMLInputElement>(`input[data-tag-key="${CSS.escape(tag)}"]`) ?? null;
    const step = () => {
      if (field(gone) && ++frames < 180) return void requestAnimationFrame(step);
      ((key === null ? null : field(key)) ?? title.current)?.focus();
    };
    requestAnimationFrame(step);
  };
  return (
    <section className="panel" aria-labelledby="tags-title">
      <header className="panel__header">
        <h1 id="tags-title" ref={title} className="panel__title" tabIndex={-1}>
          Tags
        </h1>
      </header>
      <p className="field__hint">Renaming a tag to one that exists merges the two. Case is ignored: “Iraq” and “iraq” are the same tag.</p>
      {tags?.length === 0 ? <p className="placeholder">No tags yet: add them to claims in the inspector.</p> : null}
      <ul ref={list} className="tag-list">
        {tags?.map((tag) => (
          <TagRow
            key={tag.tag}
            tag={tag}
            onRename={(to) => {
              // another tag of that name (case is ignored): the rename merges the two
              const existing = tags.find((t) => t.tag !== tag.tag && tagKey(t.tag) === tagKey(to))?.tag;
              // (a change of case alone keeps the key: nothing to wait for)
              const gone = tagKey(tag.tag) === tagKey(to) ? '\u0000' : tagKey(tag.tag);
              void actions.registry.renameTag(tag.tag, to, existing).then((done) => done && focusOnceRead(gone, tagKey(to)));
            }}
            onDelete={() => {
              const index = tags.indexOf(tag);
              const next = tags[index + 1] ?? tags[index - 1];
              void actions.registry.deleteTag(tag.tag).then((done) => done && focusOnceRead(tagKey(tag.tag), next ? tagKey(next.tag) : null));
            }}
            // by the search box's tag: filter, which ignores case as the tags here do ("Iraq" and "iraq" are one tag)
            onShow={() => actions.across.showClaims({ query: `tag:"${tag.tag.replaceAll('"', '')}"`, facets: {} })}
          />
        ))}
      </ul>
    </section>
  );
}
