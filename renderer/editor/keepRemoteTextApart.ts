import { $hasUpdateTag, COLLABORATION_TAG, HISTORIC_TAG, isCurrentlyReadOnlyMode, TextNode } from 'lexical';

let installed = false;

/**
 * While a co-drafter's change (or the shared undo) is applied, adjacent pieces of text are left
 * apart instead of merged. @lexical/yjs writes such a merge back into the shared document as the
 * removal of one piece's marker, in the middle of applying the change; when the co-drafter has at
 * once moved or deleted that piece (Enter or Backspace at a paragraph's start), the two writes
 * meet, text is left in no piece, and desks diverge or lose words (renderer/sync/README.md). Left
 * apart, the pieces merge at the next local edit of either, an ordinary edit every desk hears.
 *
 * Lexical has no option for this and a replacement text node would change the draft file's format
 * ("text" nodes), so the one method is wrapped, once, for every editor of the window.
 */
export function keepRemoteTextApart(): void {
  if (installed) return;
  installed = true;
  const isUnmergeable = TextNode.prototype.isUnmergeable;
  TextNode.prototype.isUnmergeable = function (this: TextNode): boolean {
    return isUnmergeable.call(this) || (!isCurrentlyReadOnlyMode() && ($hasUpdateTag(COLLABORATION_TAG) || $hasUpdateTag(HISTORIC_TAG)));
  };
}
