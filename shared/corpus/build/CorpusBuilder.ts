import type {
  CorpusDocument,
  DataQualityIssue,
  Lang,
  Locator,
  Paragraph,
  ParagraphKind,
  Provenance,
} from '../model';
import { detectAddressees, detectStrengths } from '../operativeStrength';

export interface NewParagraph {
  document: CorpusDocument;
  kind: ParagraphKind;
  adopted: boolean;
  locator: Locator;
  text: string;
  lang?: Lang;
  textSource: Paragraph['textSource'];
  provenance: Provenance[];
  compendiumRef?: string | null;
  compendiumPart?: 'A' | 'B' | null;
  parent?: Paragraph | null;
  section?: string | null;
}

/** Collects documents, paragraphs and data-quality findings while the sources are read. */
export class CorpusBuilder {
  readonly documents: CorpusDocument[] = [];
  readonly paragraphs: Paragraph[] = [];
  readonly dataQuality: DataQualityIssue[] = [];
  private readonly ids = new Set<string>();

  addDocument(document: CorpusDocument): CorpusDocument {
    this.documents.push(document);
    return document;
  }

  addParagraph(input: NewParagraph): Paragraph {
    const lang = input.lang ?? 'fr';
    const id = `${input.document.id}#${locatorPath(input.locator)}`;
    if (this.ids.has(id)) throw new Error(`Corpus: two paragraphs would share the id ${id}.`);
    this.ids.add(id);
    const paragraph: Paragraph = {
      id,
      docId: input.document.id,
      kind: input.kind,
      adopted: input.adopted,
      compendiumRef: input.compendiumRef ?? null,
      compendiumPart: input.compendiumPart ?? null,
      locator: input.locator,
      parentId: input.parent?.id ?? null,
      childIds: [],
      text: { [lang]: input.text },
      textSource: input.textSource,
      variants: [],
      section: input.section ? { [lang]: input.section } : null,
      strengths: input.adopted ? detectStrengths(input.text, lang) : [],
      addressees: input.adopted ? detectAddressees(input.text, lang) : [],
      themeIds: [],
      provenance: input.provenance,
    };
    input.parent?.childIds.push(id);
    input.document.paragraphIds.push(id);
    this.paragraphs.push(paragraph);
    return paragraph;
  }

  report(issue: DataQualityIssue): void {
    this.dataQuality.push(issue);
  }
}

/** The id suffix of a locator: `25`, `8.e`, `rec.10`, `rec.8.a`, `j.ii`, `al.5`, `chapeau`, `preamble`. */
export function locatorPath(locator: Locator): string {
  switch (locator.kind) {
    case 'chapeau':
      return 'chapeau';
    case 'unnumbered-preamble':
      return 'preamble';
    case 'preamble':
      return `al.${locator.number}`;
    case 'recommendation':
      return ['rec', locator.number, ...locator.items].join('.');
    default:
      return [...(locator.number === null ? [] : [locator.number]), ...locator.items].join('.');
  }
}

export function provenance(file: string, line: number, what: string): Provenance {
  return { file, line, what };
}
