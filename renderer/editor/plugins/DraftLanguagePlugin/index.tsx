import { useEffect, useRef } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { CorpusIndex } from '../../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../../shared/corpus/model';
import { precedentText } from '../../../../shared/draft/precedentText';
import { $switchPrecedentLanguage, type LanguageSwitchReport } from '../../switchPrecedentLanguage';

interface Props {
  index: CorpusIndex;
  lang: Lang;
  onSwitched: (lang: Lang, report: LanguageSwitchReport) => void;
  /** Switched on another desk of a shared draft: switching here too would insert every new text twice. */
  switchedElsewhere?: (lang: Lang) => boolean;
}

/** When the draft's language changes, swaps its unmodified precedents to that language where the corpus has it. */
export function DraftLanguagePlugin({ index, lang, onSwitched, switchedElsewhere }: Props): null {
  const [editor] = useLexicalComposerContext();
  const shownLang = useRef(lang);

  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (switchedElsewhere?.(lang)) return;
    let report: LanguageSwitchReport | null = null;
    editor.update(
      () => {
        report = $switchPrecedentLanguage(lang, (paragraphId, wanted) => precedentText(index, paragraphId, wanted));
      },
      { onUpdate: () => report && onSwitched(lang, report) },
    );
  }, [editor, index, lang, onSwitched, switchedElsewhere]);

  return null;
}
