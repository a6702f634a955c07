import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { CorpusIndex } from '../../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../../shared/corpus/model';
import { precedentText } from '../../../../shared/draft/precedentText';
import { $switchPrecedentLanguage, type LanguageSwitchReport } from '../../switchPrecedentLanguage';

/** When the draft's language changes, swaps its unmodified precedents to that language where the corpus has it. */
export function DraftLanguagePlugin({ index, lang, onSwitched }: { index: CorpusIndex; lang: Lang; onSwitched: (lang: Lang, report: LanguageSwitchReport) => void }): null {
  const [editor] = useLexicalComposerContext();
  const shownLang = useRef(lang);

  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    let report: LanguageSwitchReport | null = null;
    editor.update(
      () => {
        report = $switchPrecedentLanguage(lang, (paragraphId, wanted) => precedentText(index, paragraphId, wanted));
      },
      { onUpdate: () => report && onSwitched(lang, report) },
    );
  }, [editor, index, lang, onSwitched]);

  return null;
}
