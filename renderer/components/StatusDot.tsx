// A small coloured dot and label for a status or attribution type, coloured from the taxonomy.
import type { TaxonomyEntry } from '@shared/domain/taxonomy';

interface StatusDotProps {
  entry: TaxonomyEntry;
  kind?: 'status' | 'attribution';
  showLabel?: boolean;
}

export function StatusDot({ entry, kind = 'status', showLabel = true }: StatusDotProps) {
  const colorAttr = kind === 'status' ? { 'data-status-color': entry.id } : { 'data-attribution-color': entry.id };
  return (
    <span className="status-dot" {...colorAttr}>
      <span className="status-dot__swatch" aria-hidden="true" />
      {showLabel ? <span className="status-dot__label">{entry.label}</span> : null}
    </span>
  );
}
