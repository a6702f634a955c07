import type { LexicalEditor, NodeKey } from 'lexical';
import type { ParagraphCheck, Verdict } from '../../../../shared/check/model';
import { domRanges } from '../../textRanges';
import { $readDraftBlocks, type DraftBlock } from './draftBlocks';
import { highlightRanges, type HighlightKind } from './highlightRanges';

const KINDS: readonly HighlightKind[] = ['verbatim', 'modified', 'new'];

/** Names of the CSS custom highlights (`::highlight(precedent-check-verbatim)` in liveCheck.css). */
const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  verbatim: 'precedent-check-verbatim',
  modified: 'precedent-check-modified',
  new: 'precedent-check-new',
};

/** Quiet time after the last edit before changed paragraphs are checked again: never while a word is being typed. */
const QUIET_DELAY_MS = 300;
/**
 * Checking time per task; between tasks the browser handles keys and paints. A keystroke waits at
 * most this plus one paragraph's check (a few ms). Idle callbacks would be gentler, but a page
 * that is never idle (headless Chromium is not) would then never get its marks.
 */
const SLICE_MS = 8;

export type VerdictCounts = Record<Verdict, number>;

export interface LiveCheckStatus {
  /** Paragraphs changed since the marks were drawn are being checked. */
  pending: boolean;
  /** Paragraphs (headings aside) per verdict, as marked. */
  counts: VerdictCounts;
}

/**
 * Marks verbatim, modified and new wording in the draft as the delegate types. Nothing runs on
 * the keystroke: an edit only restarts a timer; after QUIET_DELAY_MS without edits the paragraphs
 * whose text changed (and only those) are checked, in short tasks, and the marks are drawn again.
 * An edit arriving meanwhile abandons the round (paragraphs already checked stay checked). The
 * marks are CSS custom highlights over DOM ranges: the document, its DOM and the saved draft are
 * left untouched. Returns the function that stops it and removes the marks.
 */
export function startLiveHighlighting(editor: LexicalEditor, check: (text: string) => ParagraphCheck, onStatus: (status: LiveCheckStatus) => void): () => void {
  const checked = new Map<NodeKey, { text: string; result: ParagraphCheck }>();
  const highlights = { verbatim: new Highlight(), modified: new Highlight(), new: new Highlight() } satisfies Record<HighlightKind, Highlight>;
  for (const kind of KINDS) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
  let counts: VerdictCounts = { verbatim: 0, modified: 0, new: 0, 'no-precedents-in-language': 0 };
  let round = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cancel = () => {
    round += 1;
    clearTimeout(timer);
  };

  const paint = (blocks: readonly DraftBlock[]) => {
    for (const kind of KINDS) highlights[kind].clear();
    counts = { verbatim: 0, modified: 0, new: 0, 'no-precedents-in-language': 0 };
    for (const block of blocks) {
      const entry = checked.get(block.key);
      if (!entry) continue;
      counts[entry.result.verdict] += 1;
      for (const range of highlightRanges(entry.result)) for (const dom of domRanges(editor, block.segments, range.start, range.end)) highlights[range.kind].add(dom);
    }
    onStatus({ pending: false, counts });
  };

  const run = () => {
    const current = round;
    const blocks = editor.getEditorState().read($readDraftBlocks).filter((block) => !block.heading);
    const stale = blocks.filter((block) => checked.get(block.key)?.text !== block.text);
    const live = new Set(blocks.map((block) => block.key));
    for (const key of checked.keys()) if (!live.has(key)) checked.delete(key);
    const step = () => {
      if (current !== round) return;
      const until = performance.now() + SLICE_MS;
      do {
        const block = stale.shift();
        if (block) checked.set(block.key, { text: block.text, result: check(block.text) });
      } while (stale.length > 0 && performance.now() < until);
      if (stale.length > 0) timer = setTimeout(step, 0);
      else paint(blocks);
    };
    if (stale.length === 0) return paint(blocks);
    onStatus({ pending: true, counts });
    timer = setTimeout(step, 0);
  };

  const schedule = (delay: number) => {
    cancel();
    timer = setTimeout(run, delay);
  };

  const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
    // Moving the caret changes nothing to check.
    if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
    schedule(QUIET_DELAY_MS);
  });
  schedule(0);

  return () => {
    unregister();
    cancel();
    for (const kind of KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  };
}
