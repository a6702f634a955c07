import { Paragraph } from 'docx';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang } from '../corpus/model';
import { citeParagraph } from './citeParagraph';
import { STYLE } from './docxStyles';
import { EXPORT_LABELS } from './exportLabels';
import { textRuns } from './renderRuns';
import { otherLang } from './wordLanguage';

/**
 * One cited paragraph as the sources annex and the compilation show it: its citation, then its
 * verbatim corpus text in `lang`. Without a version in `lang` it says so and quotes the other
 * language's text, marked as such: agreed language is never translated.
 */
export function precedentEntry(index: CorpusIndex, paragraphId: string, lang: Lang): Paragraph[] {
  const entry = [new Paragraph({ style: STYLE.sourceCitation, children: textRuns(citeParagraph(index, paragraphId, lang), lang) })];
  const paragraph = index.paragraphs.get(paragraphId);
  if (!paragraph) return entry;
  const text = paragraph.text[lang];
  if (text !== undefined) return [...entry, new Paragraph({ style: STYLE.sourceText, children: textRuns(text, lang) })];
  const labels = EXPORT_LABELS[lang];
  const other = otherLang(lang);
  const otherText = paragraph.text[other];
  const note = otherText === undefined ? `${labels.noVersion}.` : `${labels.noVersion}. ${labels.otherLanguageText}`;
  entry.push(new Paragraph({ style: STYLE.sourceText, children: textRuns(note, lang, { style: STYLE.note }) }));
  if (otherText !== undefined) entry.push(new Paragraph({ style: STYLE.sourceText, children: textRuns(otherText, other) }));
  return entry;
}
