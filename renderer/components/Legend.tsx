// What the highlight colours mean, and how to colour them: by status, attribution type or the
// kind of the claim's source.
import type { Settings } from '@shared/domain/library';
import type { Taxonomy } from '@shared/domain/taxonomy';
import { useActions } from '../state/app-context';

const SCHEMES: Array<[Settings['colorBy'], string]> = [
  ['status', 'Status'],
  ['attribution', 'Attribution'],
  ['sourceKind', 'Source kind'],
];

export function Legend({ taxonomy, colorBy }: { taxonomy: Taxonomy; colorBy: Settings['colorBy'] }) {
  const actions = useActions();
  const entries = colorBy === 'status' ? taxonomy.statuses : colorBy === 'attribution' ? taxonomy.attributionTypes : taxonomy.sourceKinds;
  const attribute = colorBy === 'status' ? 'data-status-color' : colorBy === 'attribution' ? 'data-attribution-color' : 'data-kind-color';
  return (
    <div className="legend">
      <label className="legend__switch">
        Colour by
        <select className="select select--small" value={colorBy} onChange={(e) => void actions.registry.updateSettings({ colorBy: e.target.value as Settings['colorBy'] })}>
          {SCHEMES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ul className="legend__entries" aria-label="Highlight colours">
        {entries.map((entry) => (
          <li key={entry.id} className="status-dot" {...{ [attribute]: entry.id }} title={entry.description}>
            <span className="status-dot__swatch" aria-hidden="true" />
            <span className="status-dot__label">{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
