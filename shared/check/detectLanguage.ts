import type { Lang } from '../corpus/model';
import { tokenizeWords } from '../text/normalizeWording';

const FRENCH = new Set(
  "le la les l' des du de d' un une et à au aux en dans pour par sur avec que qu' qui est sont ne pas ces ce cette leur leurs ses son sa il ils elle afin devraient doivent notamment conformément".split(' '),
);
const ENGLISH = new Set(
  'the of and to in on for by with that which is are be been this these those its their from as or an at should shall must may wish including accordance'.split(' '),
);
const FRENCH_LETTERS = /[éèêàùçôîâœë]/i;

/**
 * French or English from function words (and French accents, which English text lacks); null when
 * the text gives no signal at all (a name, a symbol, a number).
 */
export function detectLanguage(text: string): Lang | null {
  let french = 0;
  let english = 0;
  for (const token of tokenizeWords(text)) {
    if (FRENCH.has(token.loose)) french += 1;
    else if (FRENCH_LETTERS.test(token.loose)) french += 0.5;
    if (ENGLISH.has(token.loose)) english += 1;
  }
  if (french === 0 && english === 0) return null;
  return english > french ? 'en' : 'fr';
}
