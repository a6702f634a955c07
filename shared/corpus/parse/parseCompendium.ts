import type { Lang } from '../model';
import { cleanInline } from './cleanText';
import { parseDateRange } from './frenchDates';
import { upperRomanValue } from './itemMarkers';
import { parseOutline, type Outline, type TextBlock } from './parseOutline';
import { findLine, toSourceLines, type SourceLine } from './sourceLines';

export interface CompendiumSection {
  /** Roman numeral of the section, `I` to `VI`. */
  roman: string;
  /** Meeting (part A) or session (part B) number. */
  number: number;
  /** The section title as printed, cleaned: "Première réunion, du 30 mai au 1er juin 2012", "First meeting, 30 May–1 June 2012". */
  heading: string;
  line: number;
  dates: { start: string; end: string } | null;
}

export interface CompendiumMeeting extends CompendiumSection {
  outline: Outline;
}

export interface CompendiumInstrument extends CompendiumSection {
  kind: 'decision' | 'resolution';
  /** `1/6`, `6/3`. */
  instrumentNumber: string;
  instrumentLine: number;
  title: TextBlock | null;
  /** "La Conférence des Parties ..." and, for decisions 3/3 and 4/5, the clauses it carries. */
  chapeau: TextBlock | null;
  /** Preambular paragraphs of resolutions, in order. */
  preamble: TextBlock[];
  outline: Outline;
}

export interface Compendium {
  /** The edition's language, told by its part headings. */
  lang: Lang;
  partA: CompendiumMeeting[];
  partB: CompendiumInstrument[];
  /** The thematic index table lines. */
  indexLines: SourceLine[];
}

const SECTION = /^([IVX]+)\. \S+ (réunion|session|meeting), (.+)$/;
const INSTRUMENT_TITLE = /^(Décision|Résolution|Decision|Resolution) (\d+\/\d+)\s*$/;
/** The chapeau opening a decision or resolution, in French or English. */
export const CONFERENCE = (line: string) => line.startsWith('La Conférence des Parties') || line.startsWith('The Conference of the Parties');

/**
 * The headings that open part A, part B and the thematic index, in each edition's language. The
 * English ones are matched loosely (any wording between the part's subject and its body), as no
 * English edition is bundled to fix their exact words.
 */
const HEADINGS: Record<Lang, { partA: RegExp; partB: RegExp; index: RegExp }> = {
  fr: {
    partA: /^A\. Recommandations adoptées par le Groupe de travail/,
    partB: /^B\. Résolutions et décisions adoptées par la Conférence/,
    index: /^\**Index thématique/,
  },
  en: {
    partA: /^A\. Recommendations\b.*\bWorking Group/i,
    partB: /^B\. Resolutions and decisions\b.*\bConference/i,
    index: /^\**Thematic index/i,
  },
};

export interface CompendiumOptions {
  /**
   * Drop lines such as "6 CTOC/COP/WG.7/2012/6." as footnotes whose number lost its superscript.
   * Right where one line is one paragraph (the bundled text, .txt, .docx); in a PDF extraction a
   * wrapped line may start with a number ("30 May 2012 ...") and must stay.
   */
  plainDigitFootnotes?: boolean;
}

/** The edition language whose part A heading the text has, or null when it has none (not a compendium). */
export function compendiumLanguage(text: string): Lang | null {
  const lines = text.split(/\r?\n/).map((line) => cleanInline(line));
  for (const lang of ['fr', 'en'] as const) {
    const { partA, partB } = HEADINGS[lang];
    if (lines.some((l) => partA.test(l) && !l.includes('\t')) && lines.some((l) => partB.test(l))) return lang;
  }
  return null;
}

/**
 * Splits the compendium, French or English edition, into part A (meetings), part B (decisions,
 * resolutions) and the index. The index is optional in an imported edition (`indexLines` empty).
 */
export function parseCompendium(text: string, options: CompendiumOptions = {}): Compendium {
  const plainDigitFootnotes = options.plainDigitFootnotes ?? true;
  const lines = toSourceLines(text);
  const lang = compendiumLanguage(text) ?? 'fr';
  const headings = HEADINGS[lang];
  // The table of contents repeats the headings first (its page numbers after a tab, or, in a PDF
  // extraction, after a gap that is lost): the body's headings are the last ones.
  const heading = (pattern: RegExp, before = lines.length) => findLastLine(lines, (l) => pattern.test(cleanInline(l)) && !l.includes('\t'), before);
  const partBStart = heading(headings.partB);
  const partAStart = heading(headings.partA, partBStart);
  const indexStart = findLine(lines, (l) => headings.index.test(l), partBStart);
  if (partAStart < 0 || partBStart < 0) throw new Error('Compendium: could not find the part A or part B headings.');
  const partBEnd = indexStart < 0 ? lines.length : indexStart;
  const partA = splitSections(lines.slice(partAStart + 1, partBStart), lang).map(({ section, body }) => ({
    ...section,
    outline: parseOutline(body, { topLevel: 'number', plainDigitFootnotes }),
  }));
  const partB = splitSections(lines.slice(partBStart + 1, partBEnd), lang).map(({ section, body }) =>
    parseInstrument(section, body, plainDigitFootnotes),
  );
  return { lang, partA, partB, indexLines: indexStart < 0 ? [] : lines.slice(indexStart) };
}

function findLastLine(lines: readonly SourceLine[], predicate: (text: string) => boolean, before: number): number {
  for (let index = before - 1; index >= 0; index--) if (predicate(lines[index]!.text.trim())) return index;
  return -1;
}

function splitSections(lines: readonly SourceLine[], lang: Lang): { section: CompendiumSection; body: SourceLine[] }[] {
  const sections: { section: CompendiumSection; body: SourceLine[] }[] = [];
  for (const sourceLine of lines) {
    const match = SECTION.exec(sourceLine.text.trim());
    if (match) {
      const heading = cleanInline(sourceLine.text);
      sections.push({
        section: {
          roman: match[1]!,
          number: upperRomanValue(match[1]!),
          heading: heading.replace(/^[IVX]+\.\s*/, ''),
          line: sourceLine.line,
          dates: parseDateRange(cleanInline(match[3]!), lang),
        },
        body: [],
      });
    } else {
      sections.at(-1)?.body.push(sourceLine);
    }
  }
  return sections;
}

function parseInstrument(section: CompendiumSection, body: SourceLine[], plainDigitFootnotes: boolean): CompendiumInstrument {
  const titleIndex = body.findIndex((l) => INSTRUMENT_TITLE.test(cleanInline(l.text)));
  if (titleIndex < 0) throw new Error(`Compendium part B, section ${section.roman}: no "Décision N/N", "Decision N/N", "Résolution N/N" or "Resolution N/N" line.`);
  const [, word, instrumentNumber] = INSTRUMENT_TITLE.exec(cleanInline(body[titleIndex]!.text))!;
  const kind = word!.startsWith('D') ? 'decision' : 'resolution';
  const outline = parseOutline(body.slice(titleIndex + 1), {
    topLevel: kind === 'decision' ? 'letter' : 'number',
    plainDigitFootnotes,
    opensLeadingBlock: CONFERENCE,
  });
  return {
    ...section,
    kind,
    instrumentNumber: instrumentNumber!,
    instrumentLine: body[titleIndex]!.line,
    ...splitLeading(outline.leading),
    outline,
  };
}

/** Leading blocks of a decision or resolution: title, the Conference's chapeau, preambular paragraphs. */
export function splitLeading(leading: readonly TextBlock[]): Pick<CompendiumInstrument, 'title' | 'chapeau' | 'preamble'> {
  const chapeauIndex = leading.findIndex((block) => CONFERENCE(block.text));
  return {
    title: chapeauIndex > 0 ? leading[0]! : null,
    chapeau: chapeauIndex >= 0 ? leading[chapeauIndex]! : null,
    preamble: leading.slice(chapeauIndex + 1),
  };
}
