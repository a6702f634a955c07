import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { CitationNode } from './nodes/CitationNode';
import { DraftSectionNode } from './nodes/DraftSectionNode';
import { PrecedentNode } from './nodes/PrecedentNode';

/** The drafts' clipboard namespace: Lexical pastes nodes (and so provenance) only between editors of one namespace. */
export const DRAFT_EDITOR_NAMESPACE = 'precedent-desk-draft';

/** Every node a draft may contain; the editor, the scratch editor that validates saved drafts and the tests use this list. */
export const editorNodes: readonly Klass<LexicalNode>[] = [
  DraftSectionNode,
  HeadingNode,
  ListNode,
  ListItemNode,
  PrecedentNode,
  CitationNode,
];
