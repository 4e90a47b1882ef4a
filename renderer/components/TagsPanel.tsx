// Tags across the library: each with the number of claims carrying it (which opens them in the
// claims table); rename one (renaming onto an existing tag merges the two) or delete it from every
// claim; both can be undone.
import { useEffect, useState } from 'react';
import type { TagCount } from '@shared/bridge/contract';
import { tagKey } from '@shared/domain/claim-operations';
import { counted } from '@shared/text/counted';
import { useActions, useAppState } from '../state/app-context';

function TagRow({ tag, onRename, onDelete, onShow }: { tag: TagCount; onRename: (to: string) => void; onDelete: () => void; onShow: () => void }) {
  const [draft, setDraft] = useState(tag.tag);
  return (
    <li className="tag-row">
      <input className="input" aria-label={`Tag ${tag.tag}`} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && draft.trim() && draft !== tag.tag && onRename(draft.trim())} />
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
  return (
    <section className="panel" aria-labelledby="tags-title">
      <header className="panel__header">
        <h1 id="tags-title" className="panel__title">
          Tags
        </h1>
      </header>
      <p className="field__hint">Renaming a tag to one that exists merges the two. Case is ignored: “Iraq” and “iraq” are the same tag.</p>
      {tags?.length === 0 ? <p className="placeholder">No tags yet: add them to claims in the inspector.</p> : null}
      <ul className="tag-list">
        {tags?.map((tag) => (
          <TagRow
            key={tag.tag}
            tag={tag}
            onRename={(to) => {
              // another tag of that name (case is ignored): the rename merges the two
              const existing = tags.find((t) => t.tag !== tag.tag && tagKey(t.tag) === tagKey(to))?.tag;
              void actions.registry.renameTag(tag.tag, to, existing);
            }}
            onDelete={() => void actions.registry.deleteTag(tag.tag)}
            // by the search box's tag: filter, which ignores case as the tags here do ("Iraq" and "iraq" are one tag)
            onShow={() => actions.across.showClaims({ query: `tag:"${tag.tag.replaceAll('"', '')}"`, facets: {} })}
          />
        ))}
      </ul>
    </section>
  );
}
