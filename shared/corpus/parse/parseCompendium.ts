import { cleanInline } from './cleanText';
import { parseFrenchDateRange } from './frenchDates';
import { upperRomanValue } from './itemMarkers';
import { parseOutline, type Outline, type TextBlock } from './parseOutline';
import { findLine, toSourceLines, type SourceLine } from './sourceLines';

export interface CompendiumSection {
  /** Roman numeral of the section, `I` to `VI`. */
  roman: string;
  /** Meeting (part A) or session (part B) number. */
  number: number;
  /** The section title as printed, cleaned: "Première réunion, du 30 mai au 1er juin 2012". */
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
  partA: CompendiumMeeting[];
  partB: CompendiumInstrument[];
  /** The thematic index table lines. */
  indexLines: SourceLine[];
}

const SECTION = /^([IVX]+)\. \S+ (réunion|session), (.+)$/;
/** The chapeau opening a decision or resolution, in French or English. */
export const CONFERENCE = (line: string) => line.startsWith('La Conférence des Parties') || line.startsWith('The Conference of the Parties');

/** Splits the compendium into part A (meetings), part B (decisions, resolutions) and the index. */
export function parseCompendium(text: string): Compendium {
  const lines = toSourceLines(text);
  const bodyLine = (prefix: string) => findLine(lines, (l) => l.startsWith(prefix) && !l.includes('\t'));
  const partAStart = bodyLine('A. Recommandations adoptées par le Groupe de travail');
  const partBStart = bodyLine('B. Résolutions et décisions adoptées par la Conférence');
  const indexStart = findLine(lines, (l) => /^\**Index thématique/.test(l), partBStart);
  if (partAStart < 0 || partBStart < 0 || indexStart < 0) {
    throw new Error('Compendium: could not find part A, part B or the thematic index headings.');
  }
  const partA = splitSections(lines.slice(partAStart + 1, partBStart)).map(({ section, body }) => ({
    ...section,
    outline: parseOutline(body, { topLevel: 'number', plainDigitFootnotes: true }),
  }));
  const partB = splitSections(lines.slice(partBStart + 1, indexStart)).map(({ section, body }) =>
    parseInstrument(section, body),
  );
  return { partA, partB, indexLines: lines.slice(indexStart) };
}

function splitSections(lines: readonly SourceLine[]): { section: CompendiumSection; body: SourceLine[] }[] {
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
          dates: parseFrenchDateRange(cleanInline(match[3]!)),
        },
        body: [],
      });
    } else {
      sections.at(-1)?.body.push(sourceLine);
    }
  }
  return sections;
}

function parseInstrument(section: CompendiumSection, body: SourceLine[]): CompendiumInstrument {
  const titleIndex = body.findIndex((l) => /^(Décision|Résolution) \d+\/\d+\s*$/.test(l.text.trim()));
  if (titleIndex < 0) throw new Error(`Compendium part B, section ${section.roman}: no "Décision N/N" or "Résolution N/N" line.`);
  const [, word, instrumentNumber] = /^(Décision|Résolution) (\d+\/\d+)/.exec(body[titleIndex]!.text.trim())!;
  const kind = word === 'Décision' ? 'decision' : 'resolution';
  const outline = parseOutline(body.slice(titleIndex + 1), {
    topLevel: kind === 'decision' ? 'letter' : 'number',
    plainDigitFootnotes: true,
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
