// The bar over the claims table when claims are selected: set their status, add or remove a tag,
// or clear the selection. Each edit is one undoable step. A status picked with the mouse is set at
// once; one reached with the arrow keys (which change a closed list's value as they pass) waits
// for Enter, so passing over statuses changes no claim.
import { useRef, useState } from 'react';
import type { Taxonomy } from '@shared/domain/taxonomy';
import type { BulkChange } from '@shared/search/claims-table';
import { counted } from '@shared/text/counted';

interface BulkEditBarProps {
  count: number;
  taxonomy: Taxonomy;
  onEdit: (change: BulkChange) => void;
  onClear: () => void;
}

export function BulkEditBar({ count, taxonomy, onEdit, onClear }: BulkEditBarProps) {
  const [tag, setTag] = useState('');
  const [pendingStatus, setPendingStatus] = useState('');
  const byPointer = useRef(false);
  const setStatus = (status: string) => {
    setPendingStatus('');
    if (status) onEdit({ kind: 'status', status });
  };
  const tagged = (kind: 'addTag' | 'removeTag') => {
    if (tag.trim() === '') return;
    onEdit({ kind, tag: tag.trim() });
    setTag('');
  };
  return (
    <div className="bulk-bar" role="region" aria-label="Edit the selected claims">
      <strong className="bulk-bar__count">{`${counted(count, 'claim')} selected`}</strong>
      <label className="bulk-bar__field">
        Set status
        <select
          className="input"
          value={pendingStatus}
          aria-describedby={pendingStatus ? 'bulk-status-hint' : undefined}
          onPointerDown={() => (byPointer.current = true)}
          onKeyDown={(e) => {
            byPointer.current = false;
            if (e.key === 'Enter' && pendingStatus) {
              e.preventDefault();
              setStatus(pendingStatus);
            }
          }}
          onChange={(e) => (byPointer.current ? setStatus(e.target.value) : setPendingStatus(e.target.value))}
          onBlur={() => setPendingStatus('')}
        >
          <option value="">Choose…</option>
          {taxonomy.statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {pendingStatus ? (
          <span id="bulk-status-hint" className="bulk-bar__hint">
            Enter sets it
          </span>
        ) : null}
      </label>
      <label className="bulk-bar__field">
        Tag
        <input className="input" value={tag} maxLength={80} placeholder="tag name" onChange={(e) => setTag(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && tagged('addTag')} />
      </label>
      <button type="button" className="button button--small" disabled={tag.trim() === ''} onClick={() => tagged('addTag')}>
        Add tag
      </button>
      <button type="button" className="button button--small" disabled={tag.trim() === ''} onClick={() => tagged('removeTag')}>
        Remove tag
      </button>
      <button type="button" className="button button--small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
