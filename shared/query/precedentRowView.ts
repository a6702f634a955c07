import { formatCitation } from '../citation/formatCitation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Lang, Paragraph } from '../corpus/model';
import { ancestorIds } from './ancestors';
import { inheritedWording } from './inheritedWording';
import type { PrecedentRowView } from './model';

export function precedentRowView(index: CorpusIndex, paragraph: Paragraph): PrecedentRowView {
  const document = index.documents.get(paragraph.docId);
  const wording = inheritedWording(index, paragraph);
  return {
    id: paragraph.id,
    depth: ancestorIds(index, paragraph.id).length,
    adopted: paragraph.adopted,
    compendiumRef: paragraph.compendiumRef,
    text: paragraph.text,
    citation: { fr: formatCitation(index, [paragraph.id], 'fr', 'typographic'), en: formatCitation(index, [paragraph.id], 'en', 'typographic') },
    strengths: wording.strengths,
    strengthInherited: wording.fromId !== null && paragraph.strengths.length === 0,
    themeIds: paragraph.themeIds,
    body: document?.body ?? 'wg',
    meeting: document?.meeting ?? 0,
    year: document?.year ?? 0,
  };
}

/**
 * The row as a query in `lang` shows it: its text in that language, or, where it has none, in the
 * other (which the table shows in its place on demand). The other language's text, where there is
 * one, adds as much again to a row, and a key typed waits for the whole of its first page.
 */
export function rowInLanguage(row: PrecedentRowView, lang: Lang): PrecedentRowView {
  const text = row.text[lang];
  return text === undefined ? row : { ...row, text: { [lang]: text } };
}
