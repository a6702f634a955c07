import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode } from 'lexical';
import type { Lang } from '../../shared/corpus/model';
import { proposalLead } from '../../shared/negotiation/bracketedView';
import { formatLabel } from '../../shared/negotiation/labels';
import type { NegotiationSetup } from '../../shared/negotiation/model';
import { VIEW_WORDS } from '../../shared/negotiation/viewWords';
import { $getMarks, $getNegotiationSetup, $getParagraphNegotiation } from '../editor/negotiation/negotiationStates';
import { $isDraftSectionNode } from '../editor/nodes/DraftSectionNode';

/**
 * Shows the negotiating text in the editor without putting anything in the document: each
 * paragraph's label and status, and around each proposal its bracket, sponsors and kind, as data
 * attributes that the style sheet draws (generated content, not text the caret can enter).
 */
export function NegotiationDecorationsPlugin({ lang }: { lang: Lang }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const decorate = () => editor.getEditorState().read(() => $decorate(editor, lang));
    decorate();
    return editor.registerUpdateListener(decorate);
  }, [editor, lang]);
  return null;
}

function $decorate(editor: LexicalEditor, lang: Lang): void {
  const setup = $getNegotiationSetup();
  for (const section of $getRoot().getChildren().filter($isDraftSectionNode)) {
    for (const block of section.getChildren()) {
      const element = editor.getElementByKey(block.getKey());
      if (!element) continue;
      const { label, alternative, status } = $getParagraphNegotiation(block);
      const text = label ? formatLabel(setup.prefixes, section.getSection(), label) : '';
      setData(element, 'label', text && alternative ? `${text} ${VIEW_WORDS[lang].alternative(alternative.index)}` : text);
      setData(element, 'status', status?.value ?? '');
      if ($isElementNode(block)) $decorateUnits(editor, block.getChildren(), setup, lang);
    }
  }
}

/** Opens and closes each proposal on the first and last of its units. */
function $decorateUnits(editor: LexicalEditor, units: readonly LexicalNode[], setup: NegotiationSetup, lang: Lang): void {
  const marks = units.map($getMarks);
  units.forEach((unit, i) => {
    const element = editor.getElementByKey(unit.getKey());
    if (!element) return;
    const own = marks[i]!;
    const opens = own.slice(sharedPrefix(own, marks[i - 1] ?? []));
    const closes = own.slice(sharedPrefix(own, marks[i + 1] ?? []));
    setData(element, 'open', opens.map((id) => `[${setup.marks[id] ? proposalLead(setup.marks[id], setup, VIEW_WORDS[lang]) : ''}`).join(''));
    setData(element, 'close', closes.map(() => ']').join(''));
    const innermost = own.at(-1);
    const kinds = own.map((id) => setup.marks[id]?.kind ?? '');
    setData(element, 'proposal', innermost ? (setup.marks[innermost]?.kind ?? '') : '');
    setData(element, 'proposed', kinds.includes('deletion') ? 'deletion' : kinds.includes('insertion') ? 'insertion' : '');
  });
}

function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

function setData(element: HTMLElement, key: string, value: string): void {
  if (value) {
    if (element.dataset[key] !== value) element.dataset[key] = value;
  } else if (key in element.dataset) {
    delete element.dataset[key];
  }
}
