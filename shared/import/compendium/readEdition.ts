import { type Compendium, type CompendiumInstrument, parseCompendium } from '../../corpus/parse/parseCompendium';
import type { OutlineItem, TextBlock } from '../../corpus/parse/parseOutline';
import { parseThematicIndex } from '../../corpus/parse/parseThematicIndex';
import type { CompendiumEdition, EditionEntry, EditionSection, EditionTheme } from './model';

/** The chapeau of decisions 3/3 and 4/5 carries preambular clauses after the Convention's name: then it is a paragraph of its own. */
const CHAPEAU_WITH_CLAUSES = /(organisée|Organized Crime)\s*,\s*\S/;

/**
 * Reads a compendium text (either edition) with the bundled compendium parser: every paragraph of
 * parts A and B under its compendium reference, numbered as the bundled corpus numbers them, and
 * the thematic index's themes with the references they cite.
 */
export function readEdition(text: string, options: { plainDigitFootnotes: boolean }): CompendiumEdition {
  const compendium = parseCompendium(text, options);
  const sections: EditionSection[] = [];
  const entries: EditionEntry[] = [];
  const add = (reference: string, block: TextBlock) => entries.push({ reference, text: block.text, line: block.lines[0]! });

  for (const meeting of compendium.partA) {
    sections.push({ reference: `A:${meeting.roman}`, heading: meeting.heading, title: null, line: meeting.line });
    const addItem = (item: OutlineItem, path: string[]) => {
      add(`A:${[meeting.roman, ...path, item.marker].join('.')}`, item);
      for (const child of item.children) addItem(child, [...path, item.marker]);
    };
    for (const item of meeting.outline.items) addItem(item, []);
  }
  for (const instrument of compendium.partB) {
    sections.push({ reference: `B:${instrument.roman}`, heading: instrumentName(instrument, compendium.lang), title: instrument.title?.text ?? null, line: instrument.instrumentLine });
    addInstrument(instrument, add);
  }
  return { lang: compendium.lang, sections, entries, themes: readThemes(compendium) };
}

/** Part B as the bundled corpus numbers it (buildConferenceInstruments): chapeau, al. N or the one preamble, operative paragraphs and sub-items. */
function addInstrument(instrument: CompendiumInstrument, add: (reference: string, block: TextBlock) => void): void {
  const { roman } = instrument;
  if (instrument.chapeau && CHAPEAU_WITH_CLAUSES.test(instrument.chapeau.text)) add(`B:${roman}.chapeau`, instrument.chapeau);
  instrument.preamble.forEach((block, position) => add(instrument.preamble.length > 1 ? `B:${roman}.al.${position + 1}` : `B:${roman}.preamble`, block));
  const addItem = (item: OutlineItem, path: string[], number: number | null) => {
    const isNumbered = item.level === 'number';
    const items = isNumbered ? [] : [...path, item.marker];
    const itemNumber = isNumbered ? Number(item.marker) : number;
    add(`B:${[roman, ...(itemNumber === null ? [] : [itemNumber]), ...items].join('.')}`, item);
    for (const child of item.children) addItem(child, items, itemNumber);
  };
  for (const item of instrument.outline.items) addItem(item, [], null);
}

/** "Decision 1/6", "Résolution 6/3": the line the file prints above the instrument. */
function instrumentName(instrument: CompendiumInstrument, lang: CompendiumEdition['lang']): string {
  const words = { decision: { fr: 'Décision', en: 'Decision' }, resolution: { fr: 'Résolution', en: 'Resolution' } };
  return `${words[instrument.kind][lang]} ${instrument.instrumentNumber}`;
}

function readThemes(compendium: Compendium): EditionTheme[] {
  if (compendium.indexLines.length === 0) return [];
  return parseThematicIndex(compendium.indexLines).themes.map((theme) => ({
    label: theme.label,
    references: [...new Set(theme.citations.map((citation) => `${citation.part}:${citation.section}.${citation.path}`))],
    line: theme.lines[0]!,
  }));
}
