// A splitter between two panes: drag it, or focus it (Tab) and use the arrow keys (Shift for bigger
// steps), Home and End for the least and most; a double click puts the default back. While dragging
// only a CSS variable of the target element changes (no React render per mouse move); the value is
// committed when the button is let go, and put back if the system cancels the drag. The value's
// unit is the caller's (pixels, percent).
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface SplitterProps {
  orientation: 'vertical' | 'horizontal';
  label: string;
  value: number;
  min: number;
  max: number;
  defaultValue: number;
  step: number;
  /** how much the value grows per pixel the splitter moves right (vertical) or down (horizontal); negative when it shrinks */
  perPixel: () => number;
  /** the element whose CSS variable `cssVariable` holds the value, written by `cssValue` */
  targetRef: RefObject<HTMLElement | null>;
  cssVariable: string;
  cssValue: (value: number) => string;
  className: string;
  onChange: (value: number) => void;
}

/** Keys that move the splitter: -1 left or up, +1 right or down. */
const KEY_DIRECTIONS: Record<SplitterProps['orientation'], Record<string, number>> = {
  vertical: { ArrowLeft: -1, ArrowRight: 1 },
  horizontal: { ArrowUp: -1, ArrowDown: 1 },
};

export function Splitter({ orientation, label, value, min, max, defaultValue, step, perPixel, targetRef, cssVariable, cssValue, className, onChange }: SplitterProps) {
  const drag = useRef<{ start: number; startValue: number; perPixel: number; value: number } | null>(null);
  const limit = (next: number) => Math.round(Math.min(max, Math.max(min, next)));
  const position = (event: PointerEvent) => (orientation === 'vertical' ? event.clientX : event.clientY);

  const handlePointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: position(event), startValue: value, perPixel: perPixel(), value };
  };
  const handlePointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const dragging = drag.current;
    if (dragging === null) return;
    dragging.value = limit(dragging.startValue + dragging.perPixel * (position(event) - dragging.start));
    targetRef.current?.style.setProperty(cssVariable, cssValue(dragging.value));
  };
  const handlePointerUp = () => {
    const dragging = drag.current;
    drag.current = null;
    if (dragging !== null && dragging.value !== value) onChange(dragging.value);
  };
  const handlePointerCancel = () => {
    if (drag.current === null) return;
    drag.current = null;
    targetRef.current?.style.setProperty(cssVariable, cssValue(value));
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const direction = KEY_DIRECTIONS[orientation][event.key];
    const next = direction !== undefined ? value + Math.sign(perPixel()) * direction * (event.shiftKey ? step * 4 : step) : event.key === 'Home' ? min : event.key === 'End' ? max : undefined;
    if (next === undefined) return;
    // the arrows are the splitter's here, not the workspace's
    event.preventDefault();
    event.stopPropagation();
    onChange(limit(next));
  };

  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title="Drag to resize (or focus and use the arrow keys); double-click for the default size"
      className={className}
      onPointerDown={handlePointerDown}
      onPointerMove={handlePointerMove}
      onPointerUp={handlePointerUp}
      onPointerCancel={handlePointerCancel}
      onKeyDown={handleKeyDown}
      onDoubleClick={() => onChange(defaultValue)}
    />
  );
}
