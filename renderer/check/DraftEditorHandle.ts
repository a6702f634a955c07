import type { NodeKey } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent } from '../../shared/draft/model';
import type { DraftBlock } from '../editor/plugins/LiveCheckPlugin/draftBlocks';
import type { PrecedentSource } from '../editor/nodes/PrecedentNode';

/**
 * What the precedent check needs of the open draft's editor. Made inside the editor (DraftCheckPlugin),
 * so the check's code in the window's first chunk does not load the editor's.
 */
export interface DraftEditorHandle {
  lang(): Lang;
  /** The draft's paragraphs (headings aside), as the check reads them. */
  checkedBlocks(): DraftBlock[];
  /** The paragraph the draft's caret was last in (a click in the check panel leaves the draft without one); null when in none. */
  blockAtCaret(): DraftBlock | null;
  /** The words last selected in the draft, '' for a caret or a selection no longer there. */
  selectedText(): string;
  /** The draft as paragraphs and runs, as exports and the whole-draft report read it. */
  content(): DraftContent;
  holdsFocus(): boolean;
  /** Cites `source` for the paragraph's words as they stand; false when the paragraph is gone. */
  citeBlockAs(blockKey: NodeKey, source: PrecedentSource): boolean;
  /** Replaces the paragraph's words with the agreed language and its citation; false when the paragraph is gone. */
  replaceBlockWithPrecedent(blockKey: NodeKey, source: PrecedentSource): boolean;
}
