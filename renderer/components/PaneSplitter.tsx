// The splitter on a side pane's inner edge (the library pane's right edge, the claims pane's left
// edge): its width in pixels, within the pane's limits and what the window leaves the article.
import type { RefObject } from 'react';
import { PANE_LIMITS, type ResizablePane } from '../workspace/pane-layout';
import { Splitter } from './Splitter';

interface PaneSplitterProps {
  pane: ResizablePane;
  width: number;
  /** the widest the pane may be now (the window leaves the article its minimum) */
  maxWidth: number;
  label: string;
  /** the element whose CSS variable (--sidebar-width, --claims-width) sets the pane's width */
  workspaceRef: RefObject<HTMLElement | null>;
  onResize: (width: number) => void;
}

const KEY_STEP_PX = 16;

export function PaneSplitter({ pane, width, maxWidth, label, workspaceRef, onResize }: PaneSplitterProps) {
  // the library pane is on the left (dragging right widens it), the claims pane on the right
  const perPixel = pane === 'sidebar' ? 1 : -1;
  return (
    <Splitter
      orientation="vertical"
      label={label}
      value={width}
      min={PANE_LIMITS[pane].min}
      max={Math.max(PANE_LIMITS[pane].min, maxWidth)}
      defaultValue={PANE_LIMITS[pane].default}
      step={KEY_STEP_PX}
      perPixel={() => perPixel}
      targetRef={workspaceRef}
      cssVariable={`--${pane}-width`}
      cssValue={(value) => `${value}px`}
      className={`pane-splitter pane-splitter--${pane}`}
      onChange={onResize}
    />
  );
}
