import { formatCitation } from '../../shared/citation/formatCitation';
import { formatReference } from '../../shared/citation/formatReference';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Addressee, Lang, Paragraph, Strength } from '../../shared/corpus/model';

/** What `desk show --json` prints (documented in README.md). */
export interface ParagraphReport {
  id: string;
  reference: string;
  compendiumRef: string | null;
  compendiumPart: 'A' | 'B' | null;
  lang: Lang;
  citation: string;
  document: { id: string; symbol: string | null; shortKey: string; kind: string; number: string | null; title: string | null };
  adopted: boolean;
  section: string | null;
  /** null when the corpus has no text in `lang` (never filled in from another language). */
  text: string | null;
  textSource: 'original' | 'compendium';
  /** Sub-items at every depth in document order; `depth` 1 for a), 2 for i) under a). */
  subItems: { id: string; reference: string; marker: string; depth: number; text: string | null }[];
  /** Wording printed differently elsewhere; the sources are French, so only shown for `fr`. */
  variants: { source: 'compendium' | 'original'; text: string; file: string; line: number }[];
  themes: { id: string; label: string | null }[];
  strengths: Strength[];
  addressees: Addressee[];
  provenance: { file: string; line: number; what: string }[];
}

function descendants(index: CorpusIndex, paragraph: Paragraph, depth = 1): { paragraph: Paragraph; depth: number }[] {
  return paragraph.childIds.flatMap((id) => {
    const child = index.paragraphs.get(id);
    return child ? [{ paragraph: child, depth }, ...descendants(index, child, depth + 1)] : [];
  });
}

function itemMarker(paragraph: Paragraph, lang: Lang): string {
  const item = paragraph.locator.items.at(-1) ?? String(paragraph.locator.number ?? '');
  return lang === 'en' ? `(${item})` : `${item})`;
}

export function paragraphReport(index: CorpusIndex, paragraph: Paragraph, lang: Lang): ParagraphReport {
  const document = index.documents.get(paragraph.docId);
  return {
    id: paragraph.id,
    reference: formatReference(index, paragraph),
    compendiumRef: paragraph.compendiumRef,
    compendiumPart: paragraph.compendiumPart,
    lang,
    citation: formatCitation(index, [paragraph.id], lang, 'plain'),
    document: {
      id: paragraph.docId,
      symbol: document?.symbol ?? null,
      shortKey: document?.shortKey ?? paragraph.docId,
      kind: document?.kind ?? 'report',
      number: document?.number ?? null,
      title: document?.title[lang] ?? null,
    },
    adopted: paragraph.adopted,
    section: paragraph.section?.[lang] ?? null,
    text: paragraph.text[lang] ?? null,
    textSource: paragraph.textSource,
    subItems: descendants(index, paragraph).map(({ paragraph: child, depth }) => ({
      id: child.id,
      reference: formatReference(index, child),
      marker: itemMarker(child, lang),
      depth,
      text: child.text[lang] ?? null,
    })),
    variants: lang === 'fr'
      ? paragraph.variants.map((variant) => ({ source: variant.source, text: variant.text, file: variant.provenance.file, line: variant.provenance.line }))
      : [],
    themes: paragraph.themeIds.map((id) => ({ id, label: index.themes.get(id)?.label[lang] ?? null })),
    strengths: paragraph.strengths,
    addressees: paragraph.addressees,
    provenance: paragraph.provenance.map(({ file, line, what }) => ({ file, line, what })),
  };
}
