import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, type SerializedEditorState } from 'lexical';
import { PRECEDENT_DRAG_MIME } from '../../renderer/app/draftBridge';
import { $getDraftSection } from '../../renderer/editor/draftStructure';
import { $createCitationNode } from '../../renderer/editor/nodes/CitationNode';
import { $createPrecedentNode } from '../../renderer/editor/nodes/PrecedentNode';
import { resolvePrecedents } from '../../renderer/editor/resolvePrecedents';
import { draftEditor } from '../../renderer/editor/testing/draftTestEditor';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { DraftPage } from '../page-models/DraftPage';
import type { DraftEditorHandle } from './draftEditorHandle';

/** A starting paragraph: typed words around at most one precedent. */
export interface StartParagraph {
  before: string;
  quote: string | null;
  after: string;
}

/** One edit, as a delegate makes it; positions are per mille of the caret positions in the draft. */
export type Edit =
  | { kind: 'caret'; at: number }
  | { kind: 'select'; from: number; to: number }
  | { kind: 'type'; text: string }
  | { kind: 'key'; key: string }
  | { kind: 'copy' | 'cut' | 'paste' | 'language' }
  | { kind: 'pasteFromElsewhere'; text: string }
  | { kind: 'drop'; paragraphId: string; at: number };

const perMille = fc.integer({ min: 0, max: 1000 });

export function startParagraphs(pool: readonly string[]): fc.Arbitrary<StartParagraph[]> {
  const paragraph = fc.record({
    before: fc.constantFrom('', 'Rappelant ', 'Décide que '),
    quote: fc.option(fc.constantFrom(...pool), { nil: null }),
    after: fc.constantFrom('', ' et', ' Nouveau paragraphe.'),
  });
  return fc.array(paragraph, { minLength: 1, maxLength: 3 });
}

export function edits(pool: readonly string[], maxLength: number): fc.Arbitrary<Edit[]> {
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('caret' as const), at: perMille }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('select' as const), from: perMille, to: perMille }) },
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), text: fc.constantFrom('a', ' ', 'é', ',', ' et', 'Fin.') }) },
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('key' as const),
        key: fc.constantFrom(
          'Enter',
          'Backspace',
          'Delete',
          'Shift+Enter',
          'Control+Backspace',
          'Control+Delete',
          'ArrowLeft',
          'ArrowRight',
          'Shift+ArrowLeft',
          'Shift+ArrowRight',
          'Shift+ArrowDown',
          'Home',
          'End',
          'Control+a',
          'Control+z',
          'Control+Shift+z',
          // The negotiating text's proposals: brackets, alternatives, deletions, insertions.
          'Alt+Shift+B',
          'Alt+Shift+A',
          'Alt+Shift+D',
          'Alt+Shift+I',
          'Alt+Shift+P',
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('copy' as const, 'cut' as const, 'paste' as const, 'language' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('pasteFromElsewhere' as const), text: fc.constantFrom('Texte d’ailleurs', 'Deux\nparagraphes') }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), paragraphId: fc.constantFrom(...pool), at: perMille }) },
  );
  return fc.array(edit, { minLength: 1, maxLength });
}

/** The editor state of a draft made of `paragraphs` in its operative part, as inserting and typing would leave it. */
export function startState(index: CorpusIndex, paragraphs: readonly StartParagraph[]): SerializedEditorState {
  const editor = draftEditor(() => {
    const operative = $getDraftSection('operative');
    operative.clear();
    for (const { before, quote, after } of paragraphs) {
      const block = $createParagraphNode();
      if (before) block.append($createTextNode(before));
      const [source] = quote ? resolvePrecedents(index, [quote], 'fr').sources : [];
      if (source) block.append($createPrecedentNode(source), $createCitationNode(source.paragraphId));
      if (after) block.append($createTextNode(after));
      operative.append(block);
    }
  });
  return editor.getEditorState().toJSON();
}

/** Plays edits on the real page: keys and typing through the keyboard, the clipboard through its events, drops as the table's drag. */
export class EditPlayer {
  private clipboard: Record<string, string> | null = null;
  /** The draft's language, as the last switch left it (a new draft is in French). */
  lang: Lang = 'fr';

  constructor(
    readonly draft: DraftPage,
    readonly handle: DraftEditorHandle,
  ) {}

  async play(edit: Edit): Promise<void> {
    const keyboard = this.draft.page.keyboard;
    switch (edit.kind) {
      case 'caret':
        return this.handle.select(edit.at / 1000);
      case 'select':
        return this.handle.select(edit.from / 1000, edit.to / 1000);
      case 'type':
        return keyboard.type(edit.text);
      case 'key':
        return keyboard.press(edit.key);
      case 'copy':
      case 'cut':
        this.clipboard = await this.draft.copySelection(edit.kind);
        return;
      case 'paste':
        if (this.clipboard) await this.draft.paste(this.clipboard);
        return;
      case 'pasteFromElsewhere':
        return this.draft.paste({ 'text/plain': edit.text, 'text/html': `<h2><b>${edit.text}</b></h2>` });
      case 'drop':
        return this.handle.dropPrecedents([edit.paragraphId], PRECEDENT_DRAG_MIME, edit.at / 1000);
      case 'language':
        return this.switchLanguage(this.lang === 'fr' ? 'en' : 'fr');
    }
  }

  /** Back to a French draft with an empty clipboard, for the next sequence. */
  async reset(): Promise<void> {
    this.clipboard = null;
    if (this.lang !== 'fr') await this.switchLanguage('fr');
  }

  private async switchLanguage(lang: Lang): Promise<void> {
    await this.draft.setLanguage(lang);
    this.lang = lang;
    await this.draft.editor.focus();
  }
}
