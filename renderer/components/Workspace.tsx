// The window's panes in their grid: the library pane (shown or hidden), the main pane and the claims
// pane, with a splitter on each side pane's inner edge. Widths come from the user's layout, held so
// that the article keeps ARTICLE_MIN_PX however narrow the window gets.
import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useActions, useAppState } from '../state/app-context';
import { PANE_LIMITS, sidebarShown, widestFor } from '../workspace/pane-layout';
import { PaneSplitter } from './PaneSplitter';
import { useWindowWidth } from './use-window-width';

interface WorkspaceProps {
  /** the library pane, or null when there is nothing to list yet */
  sidebar: ReactNode | null;
  main: ReactNode;
  /** the claims pane, or null when no document is on screen */
  claims: ReactNode | null;
}

export function Workspace({ sidebar, main, claims }: WorkspaceProps) {
  const { layout } = useAppState();
  const actions = useActions();
  const windowWidth = useWindowWidth();
  const ref = useRef<HTMLDivElement>(null);
  const showSidebar = sidebar !== null && sidebarShown(layout, windowWidth);
  // each side pane as wide as the user chose, unless the window leaves the article too little
  const sidebarWidth = Math.min(layout.sidebarWidth, widestFor('sidebar', windowWidth, claims ? PANE_LIMITS.claims.min : 0));
  const claimsMax = widestFor('claims', windowWidth, showSidebar ? sidebarWidth : 0);
  const claimsWidth = Math.min(layout.claimsWidth, claimsMax);
  const style = { '--sidebar-width': `${sidebarWidth}px`, '--claims-width': `${claimsWidth}px` } as CSSProperties;
  const className = ['workspace', claims ? '' : 'workspace--no-document', showSidebar ? '' : 'workspace--sidebar-hidden'].filter(Boolean).join(' ');
  return (
    <div ref={ref} className={className} style={style}>
      {showSidebar ? (
        <>
          {sidebar}
          <PaneSplitter pane="sidebar" width={sidebarWidth} maxWidth={widestFor('sidebar', windowWidth, claims ? claimsWidth : 0)} label="Resize the library pane" workspaceRef={ref} onResize={(width) => actions.layout.resize('sidebar', width)} />
        </>
      ) : null}
      {main}
      {claims ? (
        <>
          <PaneSplitter pane="claims" width={claimsWidth} maxWidth={claimsMax} label="Resize the claims pane" workspaceRef={ref} onResize={(width) => actions.layout.resize('claims', width)} />
          {claims}
        </>
      ) : null}
    </div>
  );
}
