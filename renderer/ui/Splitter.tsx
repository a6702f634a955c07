import type { KeyboardEvent, PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** 'vertical' stands between side-by-side panes, 'horizontal' between stacked ones (as aria-orientation says). */
  orientation: 'vertical' | 'horizontal';
  /** The pane whose size `value` is: the one before the splitter or the one after it. */
  sizes: 'before' | 'after';
  /** 'px', or '%' of the splitter's container along its axis. */
  unit: 'px' | '%';
  value: number;
  min: number;
  max: number;
  /** id of the pane it sizes. */
  controls?: string;
  onChange(value: number): void;
  /** Enter folds the pane, as the ARIA window splitter does. */
  onFold?(): void;
}

const KEY_STEP = { px: 24, '%': 5 };

/** An ARIA window splitter: drag it, or focus it and use the arrow keys, Home and End. */
export function Splitter({ label, orientation, sizes, unit, value, min, max, controls, onChange, onFold }: SplitterProps) {
  const clamp = (next: number) => Math.round(Math.max(min, Math.min(max, next)));
  const vertical = orientation === 'vertical';
  // Moving the splitter right or down grows the pane before it and shrinks the one after.
  const growth = sizes === 'before' ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const target = event.currentTarget;
    const container = target.parentElement;
    if (!container || event.button !== 0) return;
    event.preventDefault();
    target.setPointerCapture(event.pointerId);
    const bounds = container.getBoundingClientRect();
    const unitPixels = unit === 'px' ? 1 : (vertical ? bounds.width : bounds.height) / 100;
    const start = vertical ? event.clientX : event.clientY;
    const startValue = value;
    const move = (moveEvent: globalThis.PointerEvent) => onChange(clamp(startValue + (growth * ((vertical ? moveEvent.clientX : moveEvent.clientY) - start)) / unitPixels));
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
    const step = KEY_STEP[unit] * growth;
    const forward = vertical ? 'ArrowRight' : 'ArrowDown';
    const backward = vertical ? 'ArrowLeft' : 'ArrowUp';
    const next = { [forward]: value + step, [backward]: value - step, Home: min, End: max }[event.key];
    if (event.key === 'Enter' && onFold) {
      event.preventDefault();
      onFold();
      return;
    }
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-controls={controls}
      tabIndex={0}
      className={`splitter splitter--${orientation}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  );
}
