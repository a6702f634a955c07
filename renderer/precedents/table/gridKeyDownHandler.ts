import type { KeyboardEvent } from 'react';
import type { RowOrder } from '../results/RowOrder';
import type { RowSelection, SelectionMode } from './useRowSelection';

interface GridKeyboardOptions {
  order: RowOrder;
  selection: RowSelection;
  /** Rows that fit in the viewport, asked when Page Up/Down is pressed. */
  pageSize(): number;
  scrollToIndex(index: number): void;
  onOpen(id: string): void;
  /** Ctrl+A: the whole result, whose ids the host may still have to send. */
  onSelectAll(): void;
}

/**
 * Keys of the results grid: arrows, Home/End, Page Up/Down move (Shift extends the selection,
 * Ctrl moves without selecting), Space selects (Ctrl+Space adds or removes), Ctrl+A selects all,
 * Enter opens the detail. Ctrl+Enter (insert into the draft) is a command of the keyboard catalog.
 */
export function gridKeyDownHandler({ order, selection, pageSize, scrollToIndex, onOpen, onSelectAll }: GridKeyboardOptions) {
  return (event: KeyboardEvent<HTMLElement>) => {
    // Keys pressed on a header button belong to that button.
    if (event.target !== event.currentTarget || order.count === 0) return;
    const ctrl = event.ctrlKey || event.metaKey;
    const current = selection.activeId ? order.positionOf(selection.activeId) : -1;
    const moveTo = (index: number) => {
      const target = Math.max(0, Math.min(order.count - 1, index));
      const id = order.idAt(target);
      if (id === undefined) return;
      const mode: SelectionMode = event.shiftKey ? 'extend' : ctrl ? 'move' : 'replace';
      selection.select(id, mode);
      scrollToIndex(target);
    };
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          moveTo(current + 1);
          return true;
        case 'ArrowUp':
          moveTo(current < 0 ? 0 : current - 1);
          return true;
        case 'Home':
          moveTo(0);
          return true;
        case 'End':
          moveTo(order.count - 1);
          return true;
        case 'PageDown':
          moveTo(current + pageSize());
          return true;
        case 'PageUp':
          moveTo(current - pageSize());
          return true;
        case ' ':
          if (selection.activeId) selection.select(selection.activeId, ctrl ? 'toggle' : 'replace');
          return true;
        case 'Enter':
          if (ctrl) return false;
          if (selection.activeId) onOpen(selection.activeId);
          return true;
        case 'a':
        case 'A':
          if (!ctrl) return false;
          onSelectAll();
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };
}
