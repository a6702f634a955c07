import type { Lang } from '../corpus/model';
import type { NegotiationView } from '../negotiation/views';

/**
 * The words export adds to a document, in the language of the place they appear (a cell of the
 * English column gets English notes). French ones carry the non-breaking space French
 * typography puts before a colon.
 */
export interface ExportLabels {
  languageName: string;
  sources: string;
  /** In a cell or annex entry of this language: the corpus holds no version in it. */
  noVersion: string;
  /** Before a text quoted in the other language because this one is missing. */
  otherLanguageText: string;
  /** In this language's column, for words the delegate typed in the other language. */
  typedInOtherLanguage: string;
  /** In this language's column, for agreed language the delegate changed in the other language. */
  modifiedInOtherLanguage: string;
  unknownParagraph(paragraphId: string): string;
  compilationTitle: string;
  compilationOfTheme(themeLabel: string): string;
  noTheme: string;
  unofficialThemeLabels: string | null;
  /** Added to the file name of a view of the negotiating text chosen by the delegate: "Projet (compilation).docx". */
  viewFileName: Record<NegotiationView, string>;
  /** When an imported English compendium gave some of the compilation's theme labels. */
  partlyUnofficialThemeLabels: string | null;
}

export const EXPORT_LABELS: Record<Lang, ExportLabels> = {
  fr: {
    languageName: 'Français',
    sources: 'Sources',
    noVersion: 'Pas de version française',
    otherLanguageText: 'Texte anglais\u00a0:',
    typedInOtherLanguage: '[texte saisi en anglais, non traduit]',
    modifiedInOtherLanguage: '[texte agréé modifié dans la version anglaise]',
    unknownParagraph: (id) => `[paragraphe introuvable dans la bibliothèque\u00a0: ${id}]`,
    compilationTitle: 'Compilation de textes agréés',
    compilationOfTheme: (label) => `Compilation de textes agréés\u00a0: ${label}`,
    noTheme: 'Paragraphes absents de l’index thématique',
    unofficialThemeLabels: null,
    viewFileName: { bracketed: 'texte entre crochets', compilation: 'compilation', clean: 'texte propre' },
    partlyUnofficialThemeLabels: null,
  },
  en: {
    languageName: 'English',
    sources: 'Sources',
    noVersion: 'No English version available',
    otherLanguageText: 'French text:',
    typedInOtherLanguage: '[text typed in French, not translated]',
    modifiedInOtherLanguage: '[agreed language modified in the French version]',
    unknownParagraph: (id) => `[paragraph not found in the library: ${id}]`,
    compilationTitle: 'Compilation of agreed language',
    compilationOfTheme: (label) => `Compilation of agreed language: ${label}`,
    noTheme: 'Paragraphs not in the thematic index',
    unofficialThemeLabels: 'The English theme labels are unofficial translations of the French thematic index.',
    viewFileName: { bracketed: 'bracketed text', compilation: 'compilation', clean: 'clean text' },
    partlyUnofficialThemeLabels: 'English theme labels come from the imported English compendium where it gives them; the others are unofficial translations of the French thematic index.',
  },
};
