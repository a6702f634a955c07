import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $getNodeByKey, $getSelection, $isNodeSelection, $isRangeSelection, type NodeKey } from 'lexical';
import type { Lang } from '../../../../shared/corpus/model';
import { isPrecedentModified } from '../../../../shared/draft/isPrecedentModified';
import { useCitationDisplay } from '../../CitationDisplayContext';
import { citationText } from '../../citationText';
import { $isCitationNode } from '../../nodes/CitationNode';
import { $isPrecedentNode, type PrecedentNode } from '../../nodes/PrecedentNode';
import { WordChanges } from '../../../ui/WordChanges';

interface Inspected {
  key: NodeKey;
  paragraphId: string;
  lang: Lang;
  text: string;
  sourceText: string;
}

/** The precedent at the caret, or the one a selected citation follows. */
function $inspectedPrecedent(): PrecedentNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return $findMatchingParent(selection.anchor.getNode(), $isPrecedentNode);
  if ($isNodeSelection(selection)) {
    const [node] = selection.getNodes();
    const previous = $isCitationNode(node) ? node.getPreviousSibling() : null;
    return $isPrecedentNode(previous) ? previous : null;
  }
  return null;
}

function $inspect(): Inspected | null {
  const precedent = $inspectedPrecedent();
  if (!precedent) return null;
  return { key: precedent.getKey(), ...precedent.getSource(), text: precedent.getTextContent() };
}

/**
 * Where the agreed language at the caret comes from, whether it was changed, the word-level
 * changes on demand, and a way back to the original wording. Shown in `container`, a panel of the
 * draft pane that takes its own room, so it never covers the paragraph being edited.
 */
export function PrecedentInspectorPlugin({ container }: { container: HTMLElement | null }) {
  const { t } = useTranslation('draft');
  const [editor] = useLexicalComposerContext();
  const { index, lang: draftLang } = useCitationDisplay();
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [showChanges, setShowChanges] = useState(false);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        const next = editorState.read(() => ($getSelection() === null ? undefined : $inspect()));
        // A click on the panel's own buttons leaves the draft without a selection: keep showing it.
        if (next !== undefined) setInspected(next);
      }),
    [editor],
  );

  useEffect(() => setShowChanges(false), [inspected?.key]);

  if (!inspected || !container) return null;
  const modified = isPrecedentModified(inspected.text, inspected.sourceText);
  const { citation } = citationText(index, inspected.paragraphId, draftLang);
  const reference = index.paragraphs.get(inspected.paragraphId)?.compendiumRef;

  const restore = () =>
    editor.update(() => {
      const node = $getNodeByKey(inspected.key);
      if ($isPrecedentNode(node)) node.restoreSourceText().selectEnd();
    });

  return createPortal(
    // It scrolls when the agreed language is long: focusable, so the keyboard can scroll it too.
    <aside className="precedent-inspector" aria-label={t('inspector.label')} data-modified={modified} tabIndex={0}>
      <p className="precedent-inspector__source">
        {reference && <span className="precedent-inspector__ref">{reference}</span>} {citation}
      </p>
      <p className="precedent-inspector__status" role="status">
        {modified ? t('inspector.modified') : t('inspector.verbatim')}
        {inspected.lang !== draftLang && <span className="precedent-inspector__lang"> · {t(`inspector.noVersion.${draftLang}`)}</span>}
      </p>
      {modified && (
        <div className="precedent-inspector__actions">
          <button type="button" aria-expanded={showChanges} onClick={() => setShowChanges((shown) => !shown)}>
            {t(showChanges ? 'inspector.hideChanges' : 'inspector.showChanges')}
          </button>
          <button type="button" onClick={restore}>
            {t('inspector.restore')}
          </button>
        </div>
      )}
      {modified && showChanges && (
        <WordChanges before={inspected.sourceText} after={inspected.text} lang={inspected.lang} label={t('inspector.changesLabel')} className="precedent-inspector__diff" />
      )}
    </aside>,
    container,
  );
}
