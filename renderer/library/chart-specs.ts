// The four charts, drawn with Observable Plot from the core's numbers: claims by status, attribution
// type by status, top sources with their status mix, and claims over time by document month.
// Colours come from the taxonomy, made visible on the theme's background; text takes the theme's colour.
import * as Plot from '@observablehq/plot';
import type { LibraryView } from '@shared/bridge/contract';
import type { ChartData } from '@shared/search/claims-table';
import { visibleOn, type ThemeName } from '../styles/contrast';

/** The charts' text size, in pixels: axis labels are cut to the left margin by it. */
const LABEL_FONT_PX = 12;

export interface ChartSpec {
  id: string;
  title: string;
  /** rows of the numbers table: label columns then a count */
  columns: string[];
  rows: (string | number)[][];
  /** said instead of the chart when it has nothing to show */
  empty: string;
  draw(width: number): SVGSVGElement | HTMLElement;
}

interface Labelled {
  status: string;
  label: string;
  count: number;
}

export function chartSpecs(data: ChartData, library: LibraryView, theme: ThemeName): ChartSpec[] {
  const { statuses, attributionTypes } = library.taxonomy;
  const statusLabel = (id: string) => statuses.find((s) => s.id === id)?.label ?? id;
  // each bar's colour as it stands 3:1 on the theme's background
  const color = { domain: statuses.map((s) => s.label), range: statuses.map((s) => visibleOn(theme, s.color)) };
  const base = { style: { background: 'transparent', color: 'inherit', fontSize: `${LABEL_FONT_PX}px` }, color };
  const sourceName = (id: string) => library.sources.find((s) => s.id === id)?.name ?? 'unknown source';
  const attributionLabel = (id: string) => attributionTypes.find((a) => a.id === id)?.label ?? id;

  const byStatus = statuses.filter((s) => data.byStatus.some((b) => b.status === s.id)).map((s) => ({ label: s.label, count: data.byStatus.find((b) => b.status === s.id)!.count }));
  const pairs = data.attributionByStatus.map((p) => ({ attribution: attributionLabel(p.attribution), status: statusLabel(p.status), count: p.count }));
  const sources: (Labelled & { source: string })[] = data.topSources.flatMap((s) => Object.entries(s.byStatus).map(([status, count]) => ({ source: sourceName(s.sourceId), status: statusLabel(status), label: statusLabel(status), count })));
  const months = data.overTime.map((m) => ({ month: m.month, status: statusLabel(m.status), count: m.count }));
  // counts are whole numbers: no tick at 0.5
  const countTicks = (d: number) => (Number.isInteger(d) ? d.toLocaleString('en') : '');
  /** The count axis under horizontal bars: its label a line below the tick labels, not touching them at 12px. */
  const countAxisX = { label: 'Claims', grid: true, tickFormat: countTicks, labelOffset: 38 };
  const attributionOrder = attributionTypes.map((a) => a.label).filter((label) => pairs.some((p) => p.attribution === label));
  /** Bars of claims per `y` value, each split by status; labels longer than the margin end in an ellipsis, with the whole label as their tooltip. */
  const stackedBars = <T extends { status: string; count: number }>(rows: T[], y: keyof T & string, domain: string[], marginLeft: number, width: number) =>
    Plot.plot({
      ...base,
      width,
      height: 54 + domain.length * 28,
      marginLeft,
      marginBottom: 44,
      x: countAxisX,
      y: { label: null, domain, axis: null },
      marks: [
        Plot.axisY({ textOverflow: 'ellipsis', lineWidth: (marginLeft - 12) / LABEL_FONT_PX, title: (label: string) => label }),
        Plot.barX(rows, Plot.stackX({ x: 'count', y, fill: 'status', order: color.domain, tip: true })),
        Plot.ruleX([0]),
      ],
    });
  const statusOrder = (a: { status: string }, b: { status: string }) => color.domain.indexOf(a.status) - color.domain.indexOf(b.status);

  return [
    {
      id: 'claims-by-status',
      title: 'Claims by status',
      columns: ['Status', 'Claims'],
      empty: 'No claim to count.',
      rows: byStatus.map((b) => [b.label, b.count]),
      draw: (width) =>
        Plot.plot({
          ...base,
          width,
          height: 54 + byStatus.length * 28,
          marginLeft: 120,
          // room for the count written after the longest bar
          marginRight: 40,
          marginBottom: 44,
          x: countAxisX,
          y: { label: null, domain: byStatus.map((b) => b.label) },
          marks: [Plot.barX(byStatus, { x: 'count', y: 'label', fill: 'label' }), Plot.text(byStatus, { x: 'count', y: 'label', text: (d: { count: number }) => d.count.toLocaleString('en'), dx: 4, textAnchor: 'start' }), Plot.ruleX([0])],
        }),
    },
    {
      id: 'attribution-by-status',
      title: 'Attribution type by status',
      columns: ['Attribution', 'Status', 'Claims'],
      empty: 'No claim to count.',
      rows: pairs.sort(statusOrder).map((p) => [p.attribution, p.status, p.count]),
      draw: (width) => stackedBars(pairs, 'attribution', attributionOrder, 150, width),
    },
    {
      id: 'top-sources',
      title: data.topSources.length === 1 ? 'The one source and its status mix' : data.topSources.length > 1 ? `Top ${data.topSources.length} sources and their status mix` : 'Top sources and their status mix',
      columns: ['Source', 'Status', 'Claims'],
      empty: 'No claim here names a source.',
      rows: sources.map((s) => [s.source, s.status, s.count]),
      draw: (width) => stackedBars(sources, 'source', data.topSources.map((s) => sourceName(s.sourceId)), Math.round(Math.min(260, Math.max(170, width * 0.32))), width),
    },
    {
      id: 'claims-over-time',
      title: data.undated > 0 ? `Claims over time, by document month (${data.undated.toLocaleString('en')} in undated documents not shown)` : 'Claims over time, by document month',
      columns: ['Month', 'Status', 'Claims'],
      empty: 'No claim here is in a dated document.',
      rows: months.map((m) => [m.month, m.status, m.count]),
      draw: (width) =>
        Plot.plot({
          ...base,
          width,
          height: 260,
          marginBottom: 50,
          x: { label: null, type: 'band', tickRotate: new Set(months.map((m) => m.month)).size > 12 ? -45 : 0 },
          y: { label: 'Claims', grid: true, tickFormat: countTicks },
          marks: [Plot.barY(months, Plot.stackY({ x: 'month', y: 'count', fill: 'status', order: color.domain, tip: true })), Plot.ruleY([0])],
        }),
    },
  ];
}
