import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusDocument, Lang, Paragraph } from '../corpus/model';
import { words } from '../search/words';
import { foldForSearch } from '../text/foldForSearch';
import { ancestorIds } from './ancestors';
import { inheritedWording } from './inheritedWording';
import { addresseeBits, BODY_CODES, strengthBits } from './PrecedentFacts';
import { precedentRowView } from './precedentRowView';
import type { PrecedentRowView } from './model';

/** Everything derived from one paragraph that a store keeps: its facts, its row, its searchable text. */
export interface ParagraphRecord {
  paragraph: Paragraph;
  position: number;
  depth: number;
  hasRef: boolean;
  body: number;
  meeting: number;
  year: number;
  strengths: number;
  addressees: number;
  view: PrecedentRowView;
  /** Per language: the folded text searched (the other language's when missing) and its words. */
  folded: Record<Lang, string>;
  words: Record<Lang, string>;
}

/** The records of a document's paragraphs, in document order; `index` holds the document. */
export function paragraphRecords(index: CorpusIndex, document: CorpusDocument): ParagraphRecord[] {
  return document.paragraphIds.flatMap((id, position) => {
    const paragraph = index.paragraphs.get(id);
    if (!paragraph) return [];
    const wording = inheritedWording(index, paragraph);
    const fr = foldForSearch(paragraph.text.fr ?? paragraph.text.en ?? '');
    const en = foldForSearch(paragraph.text.en ?? paragraph.text.fr ?? '');
    return [
      {
        paragraph,
        position,
        depth: ancestorIds(index, id).length,
        hasRef: paragraph.compendiumRef !== null,
        body: BODY_CODES.indexOf(document.body),
        meeting: document.meeting,
        year: Number.isFinite(document.year) ? document.year : 0,
        strengths: strengthBits(wording.strengths),
        addressees: addresseeBits(wording.addressees),
        view: precedentRowView(index, paragraph),
        folded: { fr, en },
        words: { fr: words(fr).join(' '), en: words(en).join(' ') },
      },
    ];
  });
}
