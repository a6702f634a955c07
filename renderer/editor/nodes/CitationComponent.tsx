import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { $getSelection, $isNodeSelection, CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useCitationDisplay } from '../CitationDisplayContext';
import { citationText } from '../citationText';

/** A citation as the draft shows it: "(citation)" inline or a footnote marker; its source text on hover or selection. */
export function CitationComponent({ nodeKey, paragraphId }: { nodeKey: NodeKey; paragraphId: string }) {
  const { t } = useTranslation('draft');
  const [editor] = useLexicalComposerContext();
  const display = useCitationDisplay();
  const [, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  // Picked on its own (clicked, or reached with the arrow keys); not merely inside a selected range.
  const [isPicked, setPicked] = useState(false);
  const [opensTowardsEnd, setOpensTowardsEnd] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  // The source text opens towards the wider side of the line, so it is not cut off by the pane's edge.
  const placeTooltip = useCallback(() => {
    const citation = ref.current?.getBoundingClientRect();
    const line = ref.current?.closest('.draft-editor__input')?.getBoundingClientRect();
    if (citation && line) setOpensTowardsEnd(citation.left - line.left < line.right - citation.right);
  }, []);
  const tooltipId = useId();

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const picked = editorState.read(() => {
          const selection = $getSelection();
          return $isNodeSelection(selection) && selection.has(nodeKey);
        });
        if (picked) placeTooltip();
        setPicked(picked);
      }),
    [editor, nodeKey, placeTooltip],
  );

  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          if (!(event.target instanceof Node) || !ref.current?.contains(event.target)) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, setSelected, clearSelection],
  );

  const { citation, known, source } = citationText(display.index, paragraphId, display.lang);
  const footnote = display.style === 'footnote';
  const number = display.footnoteNumbers.get(nodeKey);

  return (
    <span
      ref={ref}
      className={`draft-citation${isPicked ? ' is-selected' : ''}${known ? '' : ' is-unknown'}${opensTowardsEnd ? ' opens-towards-end' : ''}`}
      onMouseEnter={placeTooltip}
      data-paragraph-id={paragraphId}
      aria-describedby={tooltipId}
    >
      {footnote ? (
        <sup className="draft-citation__marker" aria-label={t('citation.footnoteLabel', { number, citation })}>
          {number}
        </sup>
      ) : (
        <span className="draft-citation__text" lang={display.lang}>
          ({citation})
        </span>
      )}
      <span role="tooltip" id={tooltipId} className="draft-citation__tooltip">
        {footnote && <span className="draft-citation__tooltip-citation">{citation}</span>}
        {source ? (
          <span lang={source.lang}>{source.text}</span>
        ) : (
          <span>{t(known ? 'citation.noText' : 'citation.unknown', { id: paragraphId })}</span>
        )}
      </span>
    </span>
  );
}
