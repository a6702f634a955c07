import type { Page } from '@playwright/test';
import type { SerializedEditorState } from 'lexical';

/** Lexical's root element in the draft pane; found by class, not by role, as each step asks for it (role queries are slow). */
const EDITOR_ROOT = '.draft-editor__input';

/**
 * The draft's Lexical editor as the page holds it (Lexical keeps it on its root element), for the
 * property runs: load a starting state without going through the host, read the state after each
 * step. Every edit itself goes through the keyboard, the clipboard events or a drop.
 */
export class DraftEditorHandle {
  constructor(readonly page: Page) {}

  /** Replaces the draft's content and forgets its undo history, so each sequence starts clean; the caret then goes to the end. */
  async load(state: SerializedEditorState): Promise<void> {
    await this.page.evaluate(([selector, json]) => {
      const editor = lexicalEditorOf(document.querySelector(selector)!);
      editor.setEditorState(editor.parseEditorState(json));
      // The history plugin's own command, found by its name: the page's bundle holds the object.
      for (const command of editor._commands.keys()) {
        if (command.type === 'CLEAR_HISTORY_COMMAND') editor.dispatchCommand(command, undefined);
      }
      function lexicalEditorOf(element: Element) {
        return (element as unknown as { __lexicalEditor: PageEditor }).__lexicalEditor;
      }
    }, [EDITOR_ROOT, state as unknown as Record<string, unknown>] as const);
    await this.select(1);
  }

  async state(): Promise<SerializedEditorState> {
    return this.page.evaluate(
      (selector) => (document.querySelector(selector) as unknown as { __lexicalEditor: PageEditor }).__lexicalEditor.getEditorState().toJSON() as unknown as Record<string, unknown>,
      EDITOR_ROOT,
    ) as Promise<unknown> as Promise<SerializedEditorState>;
  }

  /**
   * Selects from one caret position to another, each given as a fraction of all the positions a
   * caret can take in the draft's text (empty paragraphs included, citations excluded), as a click
   * and a Shift+click there would; waits until the editor has taken the selection.
   */
  async select(from: number, to: number = from): Promise<void> {
    await this.page.evaluate(
      async ([selector, start, end]) => {
        const root = document.querySelector(selector)!;
        const slots: [Node, number][] = [];
        const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node instanceof Element ? node : node.parentElement;
          if (element?.closest('[contenteditable="false"]')) continue;
          if (node instanceof Text) for (let offset = 0; offset <= node.length; offset += 1) slots.push([node, offset]);
          else if (node instanceof HTMLParagraphElement || node instanceof HTMLLIElement || /^H\d$/.test((node as Element).tagName)) {
            if (!node.textContent) slots.push([node, 0]);
          }
        }
        const slotAt = (fraction: number) => slots[Math.min(slots.length - 1, Math.floor(fraction * slots.length))];
        const anchor = slotAt(start);
        const focus = slotAt(end);
        if (!anchor || !focus) return;
        const selection = root.ownerDocument.getSelection();
        const unchanged =
          root.ownerDocument.activeElement === root &&
          selection?.anchorNode === anchor[0] &&
          selection.anchorOffset === anchor[1] &&
          selection.focusNode === focus[0] &&
          selection.focusOffset === focus[1];
        if (unchanged) return;
        // Lexical takes a selection on selectionchange, a task later; the timer only guards against a missed event.
        const taken = new Promise<void>((resolve) => {
          root.ownerDocument.addEventListener('selectionchange', () => setTimeout(resolve, 0), { once: true });
          setTimeout(resolve, 200);
        });
        (root as HTMLElement).focus({ preventScroll: true });
        selection?.setBaseAndExtent(anchor[0], anchor[1], focus[0], focus[1]);
        await taken;
      },
      [EDITOR_ROOT, from, to] as const,
    );
  }

  /** Drops precedent rows (paragraph ids) where the caret position `at` is on screen, as a drag from the table does. */
  async dropPrecedents(paragraphIds: readonly string[], mime: string, at: number): Promise<void> {
    await this.select(at);
    await this.page.evaluate(
      ([selector, ids, type]) => {
        const root = document.querySelector(selector)!;
        const range = root.ownerDocument.getSelection()?.getRangeAt(0);
        const target = range?.startContainer instanceof Element ? range.startContainer : range?.startContainer.parentElement;
        target?.scrollIntoView({ block: 'center' });
        const box = range?.getBoundingClientRect();
        const rootBox = root.getBoundingClientRect();
        const data = new DataTransfer();
        data.setData(type, JSON.stringify(ids));
        const x = box && box.height > 0 ? box.left + 1 : rootBox.left + 10;
        const y = box && box.height > 0 ? box.top + box.height / 2 : rootBox.bottom - 10;
        root.dispatchEvent(new DragEvent('drop', { dataTransfer: data, clientX: x, clientY: y, bubbles: true, cancelable: true }));
      },
      [EDITOR_ROOT, paragraphIds, mime] as const,
    );
  }
}

/** What the specs use of the page's editor. */
interface PageEditor {
  _commands: Map<{ type?: string }, unknown>;
  dispatchCommand(command: { type?: string }, payload: unknown): boolean;
  parseEditorState(json: unknown): unknown;
  setEditorState(state: unknown): void;
  getEditorState(): { toJSON(): unknown };
}
