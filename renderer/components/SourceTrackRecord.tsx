// A source's track record across the library: how many claims cite it, in how many documents,
// and their split by status and by attribution type.
import type { SourceStats } from '@shared/bridge/contract';
import type { Taxonomy, TaxonomyEntry } from '@shared/domain/taxonomy';
import { counted } from '@shared/text/counted';

function Breakdown({ title, counts, entries, attribute }: { title: string; counts: Record<string, number>; entries: readonly TaxonomyEntry[]; attribute: string }) {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return (
    <div className="breakdown">
      <h3 className="field__label">{title}</h3>
      <table className="breakdown__table">
        <tbody>
          {entries
            .filter((e) => counts[e.id])
            .map((entry) => (
              <tr key={entry.id}>
                <th scope="row">
                  <span className="status-dot" {...{ [attribute]: entry.id }}>
                    <span className="status-dot__swatch" aria-hidden="true" />
                    <span className="status-dot__label">{entry.label}</span>
                  </span>
                </th>
                <td className="breakdown__count">{counts[entry.id]}</td>
                <td className="breakdown__bar" aria-hidden="true">
                  <span {...{ [attribute]: entry.id }} style={{ width: `${Math.round((100 * counts[entry.id]!) / Math.max(1, total))}%` }} />
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourceTrackRecord({ stats, taxonomy }: { stats: SourceStats | undefined; taxonomy: Taxonomy }) {
  return (
    <section className="track-record" aria-label="Track record">
      <h2 className="pane-title">Track record</h2>
      {stats ? (
        <>
          <p>
            {counted(stats.claims, 'claim')} in {counted(stats.documents, 'document')}.
          </p>
          <Breakdown title="By status" counts={stats.byStatus} entries={taxonomy.statuses} attribute="data-status-color" />
          <Breakdown title="By attribution" counts={stats.byAttribution} entries={taxonomy.attributionTypes} attribute="data-attribution-color" />
        </>
      ) : (
        <p className="field__hint">No claim cites this source yet.</p>
      )}
    </section>
  );
}
