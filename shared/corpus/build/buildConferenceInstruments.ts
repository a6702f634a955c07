import type { CorpusDocument, Locator, Paragraph } from '../model';
import type { CompendiumInstrument } from '../parse/parseCompendium';
import type { Outline, OutlineItem, TextBlock } from '../parse/parseOutline';
import type { ThematicIndex } from '../parse/parseThematicIndex';
import { SOURCE_FILES } from '../sourceFiles';
import { type CorpusBuilder, provenance } from './CorpusBuilder';
import { describeWordingDifference, sameWording } from './wording';

const COMPENDIUM = SOURCE_FILES.compendium;

/** The full text of an instrument outside the compendium (seed 003 for resolution 6/3). */
export interface OriginalInstrument {
  file: string;
  instrumentNumber: string;
  preamble: TextBlock[];
  outline: Outline;
}

/** Part B: decisions and resolutions of the Conference of the Parties, with their preambles and chapeaus. */
export function buildConferenceInstruments(
  builder: CorpusBuilder,
  instruments: readonly CompendiumInstrument[],
  index: ThematicIndex,
  originals: readonly OriginalInstrument[],
): void {
  for (const instrument of instruments) {
    const symbolEntry = index.sectionSymbols.get(`B:${instrument.roman}`) ?? null;
    const symbol = symbolEntry?.symbol ?? null;
    const original = originals.find((o) => o.instrumentNumber === instrument.instrumentNumber) ?? null;
    const word = instrument.kind === 'decision' ? 'Décision' : 'Résolution';
    const document = builder.addDocument({
      id: symbol ?? `COP-${instrument.instrumentNumber}`,
      symbol,
      shortKey: symbol ?? `COP-${instrument.instrumentNumber}`,
      body: 'cop',
      kind: instrument.kind,
      meeting: instrument.number,
      number: instrument.instrumentNumber,
      year: Number(instrument.dates?.end.slice(0, 4)),
      dates: instrument.dates,
      place: null,
      title: { fr: `${word} ${instrument.instrumentNumber}${instrument.title ? ` : ${instrument.title.text}` : ''}` },
      languages: ['fr'],
      originalLanguage: null,
      locatorScheme: instrument.kind,
      qualifyingChapeauId: null,
      compendiumSection: `B.${instrument.roman}`,
      paragraphIds: [],
      metadataSources: {
        symbol: symbolEntry ? [provenance(COMPENDIUM, symbolEntry.line, 'thematic index, column Cote')] : [],
        number: [provenance(COMPENDIUM, instrument.instrumentLine, 'compendium part B')],
        meeting: [provenance(COMPENDIUM, instrument.line, 'compendium section title')],
        dates: [provenance(COMPENDIUM, instrument.line, 'compendium section title')],
        title: instrument.title ? [provenance(COMPENDIUM, instrument.title.lines[0]!, 'compendium part B')] : [],
      },
    });
    if (!symbol) builder.report({ kind: 'missing-metadata', message: `${word} ${instrument.instrumentNumber}: no symbol in the index.` });
    new InstrumentParagraphs(builder, document, instrument, original).add();
  }
}

class InstrumentParagraphs {
  private readonly source: Locator['source'];

  constructor(
    private readonly builder: CorpusBuilder,
    private readonly document: CorpusDocument,
    private readonly instrument: CompendiumInstrument,
    private readonly original: OriginalInstrument | null,
  ) {
    this.source = original ? 'original-text' : 'compendium';
  }

  add(): void {
    const { instrument, original } = this;
    // A decision's chapeau is addressable when it carries clauses beyond "La Conférence des Parties ... :".
    if (instrument.chapeau && /organisée\s*,\s*\S/.test(instrument.chapeau.text)) {
      this.addBlock(instrument.chapeau, null, { kind: 'chapeau', number: null, items: [], source: this.source }, 'chapeau', null);
    }
    if (original && original.preamble.length !== instrument.preamble.length) {
      this.builder.report({ kind: 'note', message: `${original.file}: ${original.preamble.length} preambular paragraphs, the compendium has ${instrument.preamble.length}.` });
    }
    instrument.preamble.forEach((block, position) => {
      const numbered = instrument.preamble.length > 1;
      const locator: Locator = numbered
        ? { kind: 'preamble', number: position + 1, items: [], source: this.source }
        : { kind: 'unnumbered-preamble', number: null, items: [], source: this.source };
      this.addBlock(block, original?.preamble[position] ?? null, locator, 'preambular', numbered ? `${instrument.roman}.al.${position + 1}` : null);
    });
    this.checkPreambleLabels();
    instrument.outline.items.forEach((item, position) => {
      const originalItem = original?.outline.items[position] ?? null;
      this.addItem(item, originalItem, null, []);
    });
  }

  private addItem(item: OutlineItem, originalItem: OutlineItem | null, parent: Paragraph | null, path: string[]): void {
    const isNumbered = item.level === 'number';
    const items = isNumbered ? [] : [...path, item.marker];
    const number = isNumbered ? Number(item.marker) : parent?.locator.number ?? null;
    const locator: Locator = { kind: 'operative', number, items, source: this.source };
    const reference = [this.instrument.roman, ...(number === null ? [] : [number]), ...items].join('.');
    const paragraph = this.addBlock(item, originalItem, locator, parent ? 'subitem' : 'operative', reference, parent);
    item.children.forEach((child, position) => {
      this.addItem(child, originalItem?.children[position] ?? null, paragraph, items);
    });
  }

  private addBlock(
    block: TextBlock,
    originalBlock: TextBlock | null,
    locator: Locator,
    kind: Paragraph['kind'],
    compendiumRef: string | null,
    parent: Paragraph | null = null,
  ): Paragraph {
    const { builder, original } = this;
    const compendiumWhere = provenance(COMPENDIUM, block.lines[0]!, `compendium part B, ${compendiumRef ?? kind}`);
    const paragraph = builder.addParagraph({
      document: this.document,
      kind,
      adopted: true,
      locator,
      text: originalBlock?.text ?? block.text,
      textSource: originalBlock ? 'original' : 'compendium',
      provenance: originalBlock && original ? [provenance(original.file, originalBlock.lines[0]!, 'full text of the instrument'), compendiumWhere] : [compendiumWhere],
      compendiumRef,
      compendiumPart: 'B',
      parent,
    });
    if (original && !originalBlock) {
      builder.report({ kind: 'note', paragraphId: paragraph.id, message: `${paragraph.id}: not found in ${original.file}; the compendium's text is used.` });
    }
    if (originalBlock && !sameWording(originalBlock.text, block.text)) {
      paragraph.variants.push({ source: 'compendium', text: block.text, provenance: compendiumWhere });
      builder.report({
        kind: 'text-variant',
        paragraphId: paragraph.id,
        message: `${compendiumRef ?? paragraph.id}: the compendium's wording differs from ${original!.file}: ${describeWordingDifference(originalBlock.text, block.text)}`,
        provenance: compendiumWhere,
      });
    }
    return paragraph;
  }

  /** The compendium prints "Al. N" after the paragraph it labels: it must agree with the count. */
  private checkPreambleLabels(): void {
    for (const label of this.instrument.outline.labels) {
      const labelled = label.afterBlock - (this.instrument.preamble.length > 0 ? this.instrument.outline.leading.indexOf(this.instrument.preamble[0]!) : 0) + 1;
      if (label.label !== `al.${labelled}`) {
        this.builder.report({
          kind: 'note',
          message: `Label "${label.label}" at line ${label.line} follows preambular paragraph ${labelled}.`,
          provenance: provenance(COMPENDIUM, label.line, 'compendium label'),
        });
      }
    }
  }
}
