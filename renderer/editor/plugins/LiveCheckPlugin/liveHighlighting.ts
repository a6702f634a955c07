import type { LexicalEditor, NodeKey } from 'lexical';
import type { ParagraphCheck, Verdict } from '../../../../shared/check/model';
import { domRanges } from '../../textRanges';
import { $readDraftBlocks, type DraftBlock } from './draftBlocks';
import { highlightRanges, type HighlightKind } from './highlightRanges';
import { scrollingAncestor, startVisibleMarks, type BlockMarks, type VisibleMarks } from './visibleMarks';

const KINDS: readonly HighlightKind[] = ['verbatim', 'modified', 'new'];

/** Names of the CSS custom highlights (`::highlight(precedent-check-verbatim)` in liveCheck.css). */
const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  verbatim: 'precedent-check-verbatim',
  modified: 'precedent-check-modified',
  new: 'precedent-check-new',
};

/** Quiet time after the last edit before changed paragraphs are checked again: never while a word is being typed. */
const QUIET_DELAY_MS = 300;
/** Paragraphs sent to the check at a time: a large draft opened does not hold the host for seconds. */
const BATCH = 8;

/** Checks draft paragraphs elsewhere than in the window (the host): one result per text, in order. */
export type CheckParagraphs = (texts: string[]) => Promise<ParagraphCheck[]>;

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
 * whose text changed (and only those) are sent to the check, which runs outside the window (the
 * host), a few at a time, and the marks are drawn again when their results come back. The window
 * never checks anything itself, so typing never waits for a check. An edit arriving meanwhile
 * abandons the round (paragraphs already checked stay checked; a result for a text since changed
 * is kept for that text only). The
 * marks are CSS custom highlights over DOM ranges, drawn on the blocks in or near the view only
 * (see visibleMarks): the document, its DOM and the saved draft are left untouched. Returns the function that stops it and removes the marks.
 */
export function startLiveHighlighting(editor: LexicalEditor, check: CheckParagraphs, onStatus: (status: LiveCheckStatus) => void, onError: (error: unknown) => void): () => void {
  // `round`: the round that checked it, so that an abandoned round's late result never replaces a newer one.
  const checked = new Map<NodeKey, { text: string; result: ParagraphCheck; round: number }>();
  const highlights = { verbatim: new Highlight(), modified: new Highlight(), new: new Highlight() } satisfies Record<HighlightKind, Highlight>;
  for (const kind of KINDS) CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlights[kind]);
  let counts: VerdictCounts = { verbatim: 0, modified: 0, new: 0, 'no-precedents-in-language': 0 };
  let round = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Started at the first paint: the editor has its element by then.
  let visible: VisibleMarks | undefined;

  const cancel = () => {
    round += 1;
    clearTimeout(timer);
  };

  const paint = (blocks: readonly DraftBlock[]) => {
    counts = { verbatim: 0, modified: 0, new: 0, 'no-precedents-in-language': 0 };
    const marks: BlockMarks[] = [];
    for (const block of blocks) {
      const entry = checked.get(block.key);
      if (!entry) continue;
      counts[entry.result.verdict] += 1;
      const element = editor.getElementByKey(block.key);
      if (element) marks.push({ element, ranges: highlightRanges(entry.result).flatMap(({ start, end, kind }) => domRanges(editor, block.segments, start, end).map((range) => ({ kind, range }))) });
    }
    visible ??= startVisibleMarks(highlights, scrollingAncestor(editor.getRootElement()));
    visible.show(marks);
    onStatus({ pending: false, counts });
  };

  const run = async () => {
    const current = round;
    const blocks = editor.getEditorState().read($readDraftBlocks).filter((block) => !block.heading);
    const stale = blocks.filter((block) => checked.get(block.key)?.text !== block.text);
    const live = new Set(blocks.map((block) => block.key));
    for (const key of checked.keys()) if (!live.has(key)) checked.delete(key);
    if (stale.length === 0) return paint(blocks);
    onStatus({ pending: true, counts });
    for (let start = 0; start < stale.length && current === round; start += BATCH) {
      const batch = stale.slice(start, start + BATCH);
      const results = await check(batch.map((block) => block.text));
      batch.forEach((block, i) => {
        if ((checked.get(block.key)?.round ?? -1) <= current) checked.set(block.key, { text: block.text, result: results[i]!, round: current });
      });
    }
    if (current === round) paint(blocks);
  };

  const schedule = (delay: number) => {
    cancel();
    timer = setTimeout(() => run().catch(onError), delay);
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
    visible?.stop();
    for (const kind of KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  };
}
