// The charts for the library or a set: each with its numbers as a table, and saved as SVG or PNG.
// Plot's own <style> element is dropped before a chart joins the page (the Content-Security-Policy
// refuses inline styles; app.css gives charts their look instead).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { LibraryView } from '@shared/bridge/contract';
import type { ClaimFilter } from '@shared/search/claim-filter';
import type { ChartData } from '@shared/search/claims-table';
import { useActions } from '../state/app-context';
import { savePng, saveSvg } from './chart-export';
import { chartSpecs, type ChartSpec } from './chart-specs';
import { useShownTheme } from '../styles/use-shown-theme';

const CHART_WIDTH = 640;

function Chart({ spec }: { spec: ChartSpec }) {
  const holder = useRef<HTMLDivElement>(null);
  const empty = spec.rows.length === 0;
  useEffect(() => {
    if (empty) return;
    const element = spec.draw(CHART_WIDTH);
    for (const style of element.querySelectorAll('style')) style.remove();
    // the figure speaks for the chart (its label and its numbers table); Plot's labels on
    // groups would be ARIA on elements that may not carry it
    for (const labelled of element.querySelectorAll('[aria-label], [aria-description]')) {
      labelled.removeAttribute('aria-label');
      labelled.removeAttribute('aria-description');
    }
    element.setAttribute('aria-hidden', 'true');
    holder.current?.replaceChildren(element);
    return () => element.remove();
  }, [spec, empty]);
  const svg = () => holder.current?.querySelector('svg') ?? null;
  return (
    <figure className="chart" aria-labelledby={`${spec.id}-title`}>
      <figcaption id={`${spec.id}-title`} className="chart__title">
        {spec.title}
      </figcaption>
      {empty ? <p className="placeholder">{spec.empty}</p> : <div ref={holder} className="chart__plot" role="img" aria-label={`${spec.title}: ${spec.rows.map((r) => r.join(' ')).join('; ')}`} />}
      {empty ? null : (
      <div className="chart__actions">
        <details className="chart__numbers">
          <summary>Numbers</summary>
          <table className="chart__table">
            <thead>
              <tr>
                {spec.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {spec.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{typeof cell === 'number' ? cell.toLocaleString('en') : cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
        <button type="button" className="button button--small" onClick={() => svg() && saveSvg(svg()!, spec.title, spec.id)}>
          Save SVG
        </button>
        <button type="button" className="button button--small" onClick={() => svg() && void savePng(svg()!, spec.title, spec.id)}>
          Save PNG
        </button>
      </div>
      )}
    </figure>
  );
}

export function ChartsView({ filter, library }: { filter: ClaimFilter; library: LibraryView }) {
  const actions = useActions();
  const [data, setData] = useState<ChartData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void actions.bridge.call('claims:charts', { filter }).then((answer) => {
      if (!current) return;
      if (answer.ok) {
        setData(answer.value);
        setError(null);
      } else setError(answer.error.message);
    });
    return () => {
      current = false;
    };
  }, [actions, filter, library]);
  const theme = useShownTheme();
  const specs = useMemo(() => (data ? chartSpecs(data, library, theme) : []), [data, library, theme]);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p className="loading">Counting…</p>;
  if (data.total === 0) return <p className="placeholder">No claim matches, so there is nothing to chart.</p>;
  return (
    <div className="charts">
      <ul className="charts__legend" aria-label="Status colours">
        {library.taxonomy.statuses
          .filter((s) => data.byStatus.some((b) => b.status === s.id))
          .map((s) => (
            <li key={s.id} className="status-dot" data-status-color={s.id}>
              <span className="status-dot__swatch" aria-hidden="true" />
              {s.label}
            </li>
          ))}
      </ul>
      {specs.map((spec) => (
        <Chart key={spec.id} spec={spec} />
      ))}
    </div>
  );
}
