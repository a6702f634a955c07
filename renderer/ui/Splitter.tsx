import type { KeyboardEvent, PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** Share of the container given to the pane after the splitter, in percent. */
  value: number;
  min: number;
  max: number;
  onChange(value: number): void;
}

const KEY_STEP = 5;

/** A horizontal splitter (ARIA window splitter): drag it, or focus it and use the arrow keys. */
export function Splitter({ label, value, min, max, onChange }: SplitterProps) {
  const clamp = (next: number) => Math.round(Math.max(min, Math.min(max, next)));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const container = event.currentTarget.parentElement;
    if (!container) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const bounds = container.getBoundingClientRect();
    const move = (moveEvent: globalThis.PointerEvent) => onChange(clamp(((bounds.bottom - moveEvent.clientY) / bounds.height) * 100));
    const target = event.currentTarget;
    const stop = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', stop);
      target.removeEventListener('pointercancel', stop);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', stop);
    target.addEventListener('pointercancel', stop);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = { ArrowUp: value + KEY_STEP, ArrowDown: value - KEY_STEP, Home: max, End: min }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="splitter"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
