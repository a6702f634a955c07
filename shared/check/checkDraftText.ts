import type { PrecedentChecker } from './createPrecedentChecker';
import { detectLanguage } from './detectLanguage';
import type { ParagraphCheck } from './model';
import type { Lang } from '../corpus/model';

/** A draft paragraph in the language its words are in; the draft's language decides when they give no signal. */
export function checkDraftText(checker: Pick<PrecedentChecker, 'checkParagraph'>, text: string, draftLang: Lang): ParagraphCheck {
  return checker.checkParagraph(text, { lang: detectLanguage(text) ?? draftLang });
}
