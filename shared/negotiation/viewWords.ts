import type { Lang } from '../corpus/model';
import type { ParagraphStatusValue } from './model';

/** The words the negotiating views add to the text, in the draft's language. */
export interface ViewWords {
  /** "UE : " in French (a non-breaking space before the colon), "EU: " in English. */
  sponsorsLead: (sponsors: string) => string;
  alternative: (index: number) => string;
  deletion: string;
  insertion: string;
  status: Record<ParagraphStatusValue, string>;
  compilationHeadings: { label: string; text: string; sponsors: string; status: string };
}

export const VIEW_WORDS: Record<Lang, ViewWords> = {
  fr: {
    sponsorsLead: (sponsors) => `${sponsors}\u00a0: `,
    alternative: (index) => `Alt ${index}`,
    deletion: 'suppr.',
    insertion: 'ajout',
    status: { proposed: 'proposé', negotiating: 'en négociation', agreedAdRef: 'convenu ad ref.', agreed: 'convenu' },
    compilationHeadings: { label: 'Paragraphe', text: 'Texte et propositions', sponsors: 'Auteurs', status: 'État' },
  },
  en: {
    sponsorsLead: (sponsors) => `${sponsors}: `,
    alternative: (index) => `Alt ${index}`,
    deletion: 'del.',
    insertion: 'ins.',
    status: { proposed: 'proposed', negotiating: 'under negotiation', agreedAdRef: 'agreed ad ref.', agreed: 'agreed' },
    compilationHeadings: { label: 'Paragraph', text: 'Text and proposals', sponsors: 'Sponsors', status: 'Status' },
  },
};
