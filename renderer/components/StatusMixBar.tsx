// A thin bar showing a document's claims by status, in the status colours. (React sets styles
// through the CSSOM, which the strict Content-Security-Policy allows.)
import type { Taxonomy } from '@shared/domain/taxonomy';

interface StatusMixBarProps {
  counts: Record<string, number>;
  total: number;
  taxonomy: Taxonomy;
}

export function StatusMixBar({ counts, total, taxonomy }: StatusMixBarProps) {
  if (total === 0) return <div className="mix-bar mix-bar--empty" aria-hidden="true" />;
  const parts = taxonomy.statuses.filter((s) => (counts[s.id] ?? 0) > 0);
  const label = parts.map((s) => `${counts[s.id]} ${s.label.toLowerCase()}`).join(', ');
  return (
    <div className="mix-bar" role="img" aria-label={label} title={label}>
      {parts.map((s) => (
        <span key={s.id} className="mix-bar__part" data-status-color={s.id} style={{ flexGrow: counts[s.id] }} />
      ))}
    </div>
  );
}
