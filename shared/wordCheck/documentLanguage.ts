import { detectLanguage } from '../check/detectLanguage';
import type { Lang } from '../corpus/model';
import type { WordDocument } from '../docx/model';

/**
 * The language most of the document's words are in, so that a short title or a name does not
 * get a language of its own; null when no paragraph says.
 */
export function documentLanguage(document: WordDocument): Lang | null {
  const words: Record<Lang, number> = { fr: 0, en: 0 };
  for (const paragraph of document.paragraphs) {
    const lang = detectLanguage(paragraph.text);
    if (lang) words[lang] += paragraph.text.split(/\s+/).length;
  }
  if (words.fr === 0 && words.en === 0) return null;
  return words.en > words.fr ? 'en' : 'fr';
}
