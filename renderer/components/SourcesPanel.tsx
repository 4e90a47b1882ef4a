// The source registry: find a source, add one that is not there yet (from the name searched for),
// correct its name, kind, aliases and description, see its track record across the library, and
// merge it, a duplicate, into the source to keep (its claims follow).
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { SourceStats } from '@shared/bridge/contract';
import { sourceNameKey, type Source } from '@shared/domain/source';
import { useActions, useAppState } from '../state/app-context';
import { SourceEditor } from './SourceEditor';
import { MAX_SOURCE_NAME } from './source-draft';
import { guessSourceKind } from './source-matches';
import { counted } from '@shared/text/counted';

const claimCount = (n: number) => counted(n, 'claim');

export function SourcesPanel() {
  const actions = useActions();
  const { library, sourceRequest } = useAppState();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(() => sourceRequest?.sourceId ?? null);
  // a source asked for (from the command palette), also while the screen is open: shown, the search
  // cleared, and the request answered (a later visit to the screen starts with no source chosen)
  const [answered, setAnswered] = useState(sourceRequest?.nonce ?? 0);
  if (sourceRequest && sourceRequest.nonce !== answered) {
    setAnswered(sourceRequest.nonce);
    setSelectedId(sourceRequest.sourceId);
    setQuery('');
  }
  useEffect(() => {
    if (sourceRequest) actions.sourceShown();
  }, [actions, sourceRequest]);
  const [stats, setStats] = useState<Record<string, SourceStats>>({});
  const sources = useMemo(() => library?.sources ?? [], [library]);

  useEffect(() => {
    void actions.registry.sourceStats().then(setStats);
  }, [actions, sources]);

  const key = sourceNameKey(query);
  const shown = useMemo(
    () =>
      sources
        .filter((s) => key === '' || [s.name, ...s.aliases].some((n) => sourceNameKey(n).includes(key)))
        .sort((a, b) => (stats[b.id]?.claims ?? 0) - (stats[a.id]?.claims ?? 0) || a.name.localeCompare(b.name)),
    [sources, key, stats],
  );
  const selected: Source | undefined = sources.find((s) => s.id === selectedId) ?? undefined;
  // the source shown went (merged into another, or deleted): the one kept is shown with the focus
  // on its name (its editor takes it as it mounts); after a deletion the focus goes to the source
  // that took its place in the list (else the screen's title), rather than to the page, and not
  // into a text field, where Ctrl+Z would be the field's and not undo the deletion
  const [focusKeptName, setFocusKeptName] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const showAfterRemoval = (next: string | null) => {
    const place = shown.findIndex((s) => s.id === selectedId);
    setSelectedId(next);
    setFocusKeptName(next !== null);
    if (next !== null) return;
    requestAnimationFrame(() => {
      const items = list.current?.querySelectorAll<HTMLElement>('.registry-item') ?? [];
      (items[Math.min(Math.max(place, 0), items.length - 1)] ?? title.current)?.focus();
    });
  };
  // a name searched for that no source has, name or alias: offered as a new source
  const newName = key !== '' && !sources.some((s) => [s.name, ...s.aliases].some((n) => sourceNameKey(n) === key)) ? query.trim().slice(0, MAX_SOURCE_NAME) : null;
  const addTyped = async () => {
    if (newName === null || !library) return;
    const added = await actions.registry.addSource(newName, guessSourceKind(newName, library.taxonomy, sources));
    if (!added) return;
    setQuery('');
    setSelectedId(added.id);
    setFocusKeptName(true);
  };
  // in the find box, Enter opens the first source found (a new one is made only when none is) and the Down arrow goes into the list
  const focusItem = (index: number) => requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('.registry-item')[index]?.focus());
  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && shown.length > 0) {
      event.preventDefault();
      focusItem(0);
    } else if (event.key === 'Enter' && key !== '' && shown.length > 0) {
      setSelectedId(shown[0]!.id);
      setFocusKeptName(false);
      focusItem(0);
    } else if (event.key === 'Enter' && newName !== null) void addTyped();
  };
  if (!library) return null;

  return (
    <section className="panel panel--split" aria-labelledby="sources-title">
      <div className="panel__list">
        <header className="panel__header">
          <h1 id="sources-title" ref={title} className="panel__title" tabIndex={-1}>
            Sources
          </h1>
          <span className="pane-title__count">{sources.length}</span>
        </header>
        <input className="input" type="search" placeholder="Find a source by name or alias…" aria-label="Find a source" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onFindKey} />
        {newName !== null ? (
          <button type="button" className="button button--small registry-add" onClick={() => void addTyped()} title={shown.length === 0 ? 'Add it to the registry (Enter); its kind is guessed from the name and can be changed' : 'Add it to the registry; its kind is guessed from the name and can be changed'}>
            Add source “{newName}”
          </button>
        ) : null}
        {sources.length === 0 ? <p className="placeholder">No sources yet. Sources are made in the inspector, as you say who makes each claim, or here: type a name above and add it.</p> : null}
        <ul ref={list} className="registry-list">
          {shown.map((source) => (
            <li key={source.id}>
              <button type="button" className="registry-item" aria-current={source.id === selectedId ? 'true' : undefined} onClick={() => (setSelectedId(source.id), setFocusKeptName(false))}>
                <bdi className="registry-item__name">{source.name}</bdi>
                <span className="registry-item__meta">
                  {library.taxonomy.sourceKinds.find((k) => k.id === source.kind)?.label ?? source.kind} · {claimCount(stats[source.id]?.claims ?? 0)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="panel__detail">
        {selected ? (
          <SourceEditor key={selected.id} source={selected} sources={sources} stats={stats[selected.id]} taxonomy={library.taxonomy} onRemoved={showAfterRemoval} focusName={focusKeptName} />
        ) : (
          <p className="placeholder">Choose a source to edit it, see its claims across the library, or merge it, as a duplicate, into the source to keep.</p>
        )}
      </div>
    </section>
  );
}
