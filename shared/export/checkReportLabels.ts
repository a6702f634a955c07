import type { Verdict } from '../check/model';
import type { Lang } from '../corpus/model';
import type { CheckedSection } from './draftCheckReport';

/** The words of the check report annex, in the draft's language (French ones with French spacing). */
export interface CheckReportLabels {
  heading: string;
  summary(counts: Record<Verdict, number>): string;
  entry(section: CheckedSection, position: number): string;
  verdict: Record<Verdict, string>;
  /** Share of the paragraph's words taken from agreed language. */
  coverage(percent: number): string;
  sources: string;
  noSources: string;
  /** Before the paragraph marked against its closest precedent. */
  changesAgainst(citation: string): string;
  strength: Record<'weaker' | 'stronger' | 'changed', string>;
  quote(text: string): string;
  alsoAdoptedAs: string;
  similarity(percent: number): string;
}

const percentFr = (percent: number) => `${percent}\u202f%`;

export const CHECK_REPORT_LABELS: Record<Lang, CheckReportLabels> = {
  fr: {
    heading: 'Vérification des précédents',
    summary: (counts) =>
      `Paragraphes vérifiés\u00a0: ${counts.verbatim + counts.modified + counts.new + counts['no-precedents-in-language']} — libellé convenu tel quel\u00a0: ${counts.verbatim}\u00a0; modifié\u00a0: ${counts.modified}\u00a0; nouveau\u00a0: ${counts.new}\u00a0; sans précédents dans la langue\u00a0: ${counts['no-precedents-in-language']}.`,
    entry: (section, position) => `${section === 'preamble' ? 'Préambule' : 'Dispositif'}, paragraphe ${position}`,
    verdict: {
      verbatim: 'Libellé convenu tel quel',
      modified: 'Libellé convenu modifié',
      new: 'Nouveau libellé',
      'no-precedents-in-language': 'Aucun précédent dans cette langue',
    },
    coverage: (percent) => `${percentFr(percent)} de libellé convenu`,
    sources: 'Sources\u00a0:',
    noSources: 'aucune',
    changesAgainst: (citation) => `Modifications par rapport à ${citation} (mots supprimés barrés, mots ajoutés soulignés)\u00a0:`,
    strength: {
      weaker: 'Force opérative affaiblie\u00a0:',
      stronger: 'Force opérative renforcée\u00a0:',
      changed: 'Force opérative modifiée\u00a0:',
    },
    quote: (text) => `«\u00a0${text}\u00a0»`,
    alsoAdoptedAs: 'Également adopté comme\u00a0:',
    similarity: (percent) => `similarité ${percentFr(percent)}`,
  },
  en: {
    heading: 'Precedent check',
    summary: (counts) =>
      `Paragraphs checked: ${counts.verbatim + counts.modified + counts.new + counts['no-precedents-in-language']} — verbatim agreed language: ${counts.verbatim}; modified: ${counts.modified}; new: ${counts.new}; no precedents in the language: ${counts['no-precedents-in-language']}.`,
    entry: (section, position) => `${section === 'preamble' ? 'Preamble' : 'Operative part'}, paragraph ${position}`,
    verdict: {
      verbatim: 'Verbatim agreed language',
      modified: 'Modified agreed language',
      new: 'New language',
      'no-precedents-in-language': 'No precedents in this language',
    },
    coverage: (percent) => `${percent}% agreed language`,
    sources: 'Sources:',
    noSources: 'none',
    changesAgainst: (citation) => `Changes against ${citation} (deleted words struck through, added words underlined):`,
    strength: {
      weaker: 'Operative strength weakened:',
      stronger: 'Operative strength strengthened:',
      changed: 'Operative strength changed:',
    },
    quote: (text) => `“${text}”`,
    alsoAdoptedAs: 'Also adopted as:',
    similarity: (percent) => `similarity ${percent}%`,
  },
};
