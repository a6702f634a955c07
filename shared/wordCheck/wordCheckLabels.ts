import type { CommitmentChange, StrengthChange, Verdict } from '../check/model';
import type { Lang } from '../corpus/model';

/** The words of the comments written into the annotated copy, in the document's language. */
export interface WordCheckLabels {
  commentAuthor: string;
  verdict: Record<Verdict, string>;
  verbatimFrom(citation: string): string;
  closest(citation: string, similarityPercent: number): string;
  coverage(percent: number): string;
  sources(citations: string[]): string;
  changes(parts: string[]): string;
  replaced(before: string, after: string): string;
  added(text: string): string;
  removed(text: string): string;
  strength: Record<StrengthChange['direction'], string>;
  strengthChange(direction: StrengthChange['direction'], before: string[], after: string[]): string;
  commitmentChange(change: CommitmentChange): string;
  correct(citation: string): string;
  otherParagraph(citation: string, cited: string, quoted: string | null): string;
  nonexistent(citation: string, locators: string[]): string;
  unknownDocument(citation: string, document: string): string;
  unverifiable(citation: string): string;
  missing(citations: string[]): string;
  trackedChanges(authors: string[], before: string, after: string): string;
  unknownAuthor: string;
}

const q = { fr: (text: string) => `«\u00a0${text}\u00a0»`, en: (text: string) => `“${text}”` };
const none = { fr: 'aucune', en: 'none' };
const list = (lang: Lang, items: string[]) => (items.length ? items.map(q[lang]).join(', ') : none[lang]);

export const WORD_CHECK_LABELS: Record<Lang, WordCheckLabels> = {
  fr: {
    commentAuthor: 'Precedent Desk',
    verdict: {
      verbatim: 'Libellé convenu tel quel',
      modified: 'Libellé convenu modifié',
      new: 'Nouveau libellé',
      'no-precedents-in-language': 'Aucun précédent dans cette langue',
    },
    verbatimFrom: (citation) => `Libellé convenu tel quel\u00a0: ${citation}.`,
    closest: (citation, percent) => `Précédent le plus proche\u00a0: ${citation} (similarité ${percent}\u00a0%).`,
    coverage: (percent) => `${percent}\u00a0% des mots viennent de libellés convenus.`,
    sources: (citations) => `Sources\u00a0: ${citations.join('\u00a0; ')}.`,
    changes: (parts) => `Modifications\u00a0: ${parts.join('\u00a0; ')}.`,
    replaced: (before, after) => `${q.fr(before)} → ${q.fr(after)}`,
    added: (text) => `ajouté ${q.fr(text)}`,
    removed: (text) => `supprimé ${q.fr(text)}`,
    strength: { weaker: 'Engagement affaibli', stronger: 'Engagement renforcé', changed: 'Engagement modifié' },
    strengthChange: (direction, before, after) => `${WORD_CHECK_LABELS.fr.strength[direction]}\u00a0: ${list('fr', before)} → ${list('fr', after)}.`,
    commitmentChange: (change) =>
      `Engagement modifié\u00a0: ${change.kind === 'negation' ? (change.change === 'added' ? 'négation ajoutée' : 'négation supprimée') : change.change === 'added' ? 'réserve ajoutée' : 'réserve supprimée'} ${q.fr(change.phrase)}.`,
    correct: (citation) => `Citation exacte\u00a0: ${q.fr(citation)}.`,
    otherParagraph: (citation, cited, quoted) =>
      quoted ? `Citation erronée\u00a0: ${q.fr(citation)} renvoie à ${cited}, mais le texte cité est celui de ${quoted}.` : `Citation erronée\u00a0: ${q.fr(citation)} renvoie à ${cited}, dont le texte n’est pas celui du paragraphe.`,
    nonexistent: (citation, locators) => `Citation erronée\u00a0: ${q.fr(citation)}, le document n’a pas de ${locators.join(', ')}.`,
    unknownDocument: (citation, document) => `Citation non vérifiée\u00a0: ${q.fr(citation)}, le document ${document} n’est pas dans la bibliothèque.`,
    unverifiable: (citation) => `Citation non vérifiée\u00a0: ${q.fr(citation)} ne désigne ni document ni paragraphe identifiable.`,
    missing: (citations) => `Libellé convenu sans citation\u00a0: citer ${citations.join('\u00a0; ')}.`,
    trackedChanges: (authors, before, after) => `Modifications suivies (${authors.join(', ')})\u00a0: avant, ${before.toLowerCase()}\u00a0; après, ${after.toLowerCase()}.`,
    unknownAuthor: 'auteur inconnu',
  },
  en: {
    commentAuthor: 'Precedent Desk',
    verdict: {
      verbatim: 'Verbatim agreed language',
      modified: 'Modified agreed language',
      new: 'New language',
      'no-precedents-in-language': 'No precedents in this language',
    },
    verbatimFrom: (citation) => `Verbatim agreed language: ${citation}.`,
    closest: (citation, percent) => `Closest precedent: ${citation} (similarity ${percent}%).`,
    coverage: (percent) => `${percent}% of the words come from agreed language.`,
    sources: (citations) => `Sources: ${citations.join('; ')}.`,
    changes: (parts) => `Changes: ${parts.join('; ')}.`,
    replaced: (before, after) => `${q.en(before)} → ${q.en(after)}`,
    added: (text) => `added ${q.en(text)}`,
    removed: (text) => `removed ${q.en(text)}`,
    strength: { weaker: 'Commitment weakened', stronger: 'Commitment strengthened', changed: 'Commitment changed' },
    strengthChange: (direction, before, after) => `${WORD_CHECK_LABELS.en.strength[direction]}: ${list('en', before)} → ${list('en', after)}.`,
    commitmentChange: (change) => `Commitment changed: ${change.kind} ${change.change === 'added' ? 'added' : change.kind === 'qualifier' ? 'dropped' : 'removed'} ${q.en(change.phrase)}.`,
    correct: (citation) => `Citation correct: ${q.en(citation)}.`,
    otherParagraph: (citation, cited, quoted) =>
      quoted ? `Wrong citation: ${q.en(citation)} points to ${cited}, but the text quoted is that of ${quoted}.` : `Wrong citation: ${q.en(citation)} points to ${cited}, whose text is not this paragraph's.`,
    nonexistent: (citation, locators) => `Wrong citation: ${q.en(citation)}, the document has no ${locators.join(', ')}.`,
    unknownDocument: (citation, document) => `Citation not checked: ${q.en(citation)}, document ${document} is not in the library.`,
    unverifiable: (citation) => `Citation not checked: ${q.en(citation)} names no document or paragraph that can be found.`,
    missing: (citations) => `Agreed language without a citation: cite ${citations.join('; ')}.`,
    trackedChanges: (authors, before, after) => `Tracked changes (${authors.join(', ')}): before, ${before.toLowerCase()}; after, ${after.toLowerCase()}.`,
    unknownAuthor: 'unknown author',
  },
};
