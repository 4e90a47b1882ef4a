// A splitter on a pane's inner edge: drag it, or focus it (Tab) and use the arrow keys (Shift for
// bigger steps), Home and End for the narrowest and widest; a double click puts the default width
// back. While dragging, only the workspace's CSS width changes (no React render per mouse move); the
// width is committed when the button is let go.
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { PANE_LIMITS, clampWidth, type ResizablePane } from '../workspace/pane-layout';

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
const SHIFT_KEY_STEP_PX = 64;

export function PaneSplitter({ pane, width, maxWidth, label, workspaceRef, onResize }: PaneSplitterProps) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  // the library pane is on the left (dragging right widens it), the claims pane on the right
  const direction = pane === 'sidebar' ? 1 : -1;
  const limit = (value: number) => Math.min(maxWidth, clampWidth(pane, value));

  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width, width };
  };
  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const dragging = drag.current;
    if (dragging === null) return;
    dragging.width = limit(dragging.startWidth + direction * (event.clientX - dragging.startX));
    workspaceRef.current?.style.setProperty(`--${pane}-width`, `${dragging.width}px`);
  };
  const handlePointerUp = () => {
    const dragging = drag.current;
    drag.current = null;
    if (dragging !== null && dragging.width !== width) onResize(dragging.width);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? SHIFT_KEY_STEP_PX : KEY_STEP_PX;
    const next = { ArrowLeft: width - direction * step, ArrowRight: width + direction * step, Home: PANE_LIMITS[pane].min, End: maxWidth }[event.key];
    if (next === undefined) return;
    // the arrows are the splitter's here, not the workspace's
    event.preventDefault();
    event.stopPropagation();
    onResize(limit(next));
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={PANE_LIMITS[pane].min}
      aria-valuemax={maxWidth}
      tabIndex={0}
      title="Drag to resize (or focus and use the arrow keys); double-click for the default width"
      className={`pane-splitter pane-splitter--${pane}`}
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={handlePointerUp}
      onPointerCancel={handlePointerUp}
      onKeyDown={handleKeyDown}
      onDoubleClick={() => onResize(PANE_LIMITS[pane].default)}
    />
  );
}
