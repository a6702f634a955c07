/**
 * The precedent corpus: documents, their paragraphs and the compendium's thematic index.
 * Everything here is plain data (JSON-serialisable) so the host can hand it to the renderer.
 */

export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Text per language; a language the sources do not give is absent, never filled in. */
export type LangText = Partial<Record<Lang, string>>;

export type Body = 'wg' | 'cop';
export type DocumentKind = 'report' | 'decision' | 'resolution';

/** Where a piece of metadata or text was read, so every fact can be traced back to a source line. */
export interface Provenance {
  /** Source file name under data/sources (e.g. `000_878720af131edfbf.txt`). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** What was read there, e.g. "index column Cote", "document header", "compendium section title". */
  what: string;
}

export interface CorpusDocument {
  /** Stable key: the symbol when known, else a short key such as `WG.7-2022`. */
  id: string;
  /** Document symbol (cote) as the sources give it, or null when no source gives one. */
  symbol: string | null;
  /** Key usable on the command line and in references when there is no symbol. */
  shortKey: string;
  body: Body;
  kind: DocumentKind;
  /** Meeting (Working Group) or session (Conference of the Parties) number. */
  meeting: number;
  /** Decision/resolution number such as `6/3`; null for reports. */
  number: string | null;
  year: number;
  /** ISO dates (YYYY-MM-DD) of the meeting or session. */
  dates: { start: string; end: string } | null;
  place: string | null;
  title: LangText;
  /** Languages the corpus holds text in for this document. */
  languages: Lang[];
  /** Language of the original, when the source says (2022 report: "Original : anglais"). */
  originalLanguage: Lang | null;
  /** How paragraphs of this document are located in citations. */
  locatorScheme: 'paragraph' | 'recommendation' | 'decision' | 'resolution';
  /** Paragraph id of a chapeau that qualifies all recommendations of the document (report 2015/6, para. 4). */
  qualifyingChapeauId: string | null;
  /** Compendium section the document's adopted text appears under, e.g. `A.I`, `B.VI`; null if not in it. */
  compendiumSection: string | null;
  /** Ordered paragraph ids (top level and sub-items, in document order). */
  paragraphIds: string[];
  /** Where each metadata field was read. Keys are field names of this interface. */
  metadataSources: Record<string, Provenance[]>;
}

export type ParagraphKind =
  /** A Working Group recommendation. */
  | 'recommendation'
  /** An operative paragraph of a decision or resolution. */
  | 'operative'
  /** A numbered (al. N) or unnumbered preambular paragraph. */
  | 'preambular'
  /** A decision's chapeau ("La Conférence des Parties ... :"), sometimes carrying preambular clauses. */
  | 'chapeau'
  /** A sub-item a), b), i) of a parent paragraph. */
  | 'subitem'
  /** A report paragraph that is not adopted text (introduction, organisation, deliberations). */
  | 'context';

/** Position of a paragraph in its original document. */
export interface Locator {
  /**
   * paragraph: report paragraph number; recommendation: "Recommandation N";
   * operative: decision/resolution paragraph; preamble: al. N; chapeau; unnumbered-preamble.
   */
  kind: 'paragraph' | 'recommendation' | 'operative' | 'preamble' | 'chapeau' | 'unnumbered-preamble';
  /** Top-level number (paragraph, recommendation, operative paragraph or al.), null for decisions' lettered items. */
  number: number | null;
  /** Sub-item path below the number, e.g. ['e'] or ['j', 'ii']. */
  items: string[];
  /** How the locator was established. */
  source: 'original-text' | 'index' | 'index-rule' | 'compendium' | 'report-text';
  /** For index-derived locators: the rule, e.g. "paragraph = recommendation + 4". */
  rule?: string;
}

export type Strength =
  /** "décide", "doivent": binding or decided. */
  | 'decides'
  /** "prie instamment", "exhorte", "engage vivement". */
  | 'urges'
  /** "prie", "demande", "invite", "engage". */
  | 'requests'
  /** "devraient", "doivent" for recommendations. */
  | 'should'
  /** "sont encouragés à", "encourage". */
  | 'encourages'
  /** "pourraient", "voudront peut-être", "souhaiteront peut-être". */
  | 'may'
  /** "note", "se félicite", "rappelle", "réaffirme": takes note, welcomes, recalls. */
  | 'notes';

export type Addressee = 'states-parties' | 'states' | 'secretariat' | 'conference' | 'working-group' | 'other';

export interface TextVariant {
  /** Where the variant text is printed. */
  source: 'compendium' | 'original';
  /** Language of the variant: absent for the bundled (French) sources; `en` for an imported English compendium's. */
  lang?: Lang;
  text: string;
  provenance: Provenance;
}

export interface Paragraph {
  /** Unique, stable id: `${docId}#${locatorPath}`, e.g. `CTOC/COP/WG.7/2012/6#25`, `CTOC/COP/2008/19#j.ii`. */
  id: string;
  docId: string;
  kind: ParagraphKind;
  /** Adopted text (a precedent) or report context. */
  adopted: boolean;
  /** Compendium reference as printed, e.g. `I.22`, `V.2.e` (part A) or `VI.9.c`, `VI.al.5` (part B); null outside it. */
  compendiumRef: string | null;
  /** Compendium part, when in the compendium. */
  compendiumPart: 'A' | 'B' | null;
  locator: Locator;
  parentId: string | null;
  childIds: string[];
  /** Text of this paragraph alone (a parent's own words; sub-items are in their own paragraphs). */
  text: LangText;
  /** Which source the quoted text comes from. */
  textSource: 'original' | 'compendium';
  /** Wording printed differently elsewhere (compendium vs original); kept, shown and reported. */
  variants: TextVariant[];
  /** Section heading of the original document the paragraph sits under, e.g. "B. Protection et assistance". */
  section: LangText | null;
  /** Operative strengths found in the wording, strongest first; empty when none is recognised. */
  strengths: Strength[];
  addressees: Addressee[];
  /** Ids of themes that cite the paragraph (from the compendium's thematic index). */
  themeIds: string[];
  /**
   * Themes suggested from the wording's similarity to indexed paragraphs, for paragraphs the index
   * does not cover (imported documents, the 2022 report). Never part of the index: shown apart, as
   * suggestions. Absent in the bundled corpus; set by the user library's merge (shared/import).
   */
  suggestedThemeIds?: string[];
  /** Where the text was read. */
  provenance: Provenance[];
}

export interface Theme {
  id: string;
  label: LangText;
  /**
   * The English label is our own translation, not UN text; false once an imported English
   * compendium's index gave the official label (shared/import/compendium).
   */
  englishLabelIsUnofficial: boolean;
  parentId: string | null;
  /** A grouping node: a parent label that is not itself a theme of the index. */
  isGroup: boolean;
  childIds: string[];
  /** Paragraphs the index cites for this theme. */
  paragraphIds: string[];
  provenance: Provenance[];
}

export interface DataQualityIssue {
  kind: 'unresolved-reference' | 'locator-disagreement' | 'text-variant' | 'missing-metadata' | 'note';
  message: string;
  paragraphId?: string;
  provenance?: Provenance;
}

export interface Corpus {
  documents: CorpusDocument[];
  paragraphs: Paragraph[];
  themes: Theme[];
  dataQuality: DataQualityIssue[];
  /** What the library covers and what it knows to be missing. */
  coverage: {
    documentCount: number;
    meetings: number[];
    sessions: number[];
    years: { first: number; last: number };
    knownGaps: LangText[];
  };
}

/** The raw source files, by file name, as shipped under data/sources. */
export type SourceTexts = Record<string, string>;
