import type { CorpusDocument, Locator, Paragraph } from '../model';
import type { CompendiumMeeting } from '../parse/parseCompendium';
import type { OutlineItem } from '../parse/parseOutline';
import type { ThematicIndex } from '../parse/parseThematicIndex';
import type { ReportParagraph, WrappedReport } from '../parse/parseWrappedReport';
import { SOURCE_FILES } from '../sourceFiles';
import { type CorpusBuilder, provenance } from './CorpusBuilder';
import { indexLocatorsByReference, type IndexLocatorEntry, splitLocator } from './indexLocators';
import { bigramProfile, describeWordingDifference, sameWording, textSimilarity } from './wording';

export interface OriginalReport {
  file: string;
  report: WrappedReport;
}

const COMPENDIUM = SOURCE_FILES.compendium;
/** Below this word-bigram similarity a report paragraph is not the same text as a recommendation. */
const MATCH_THRESHOLD = 0.6;

/** Part A of the compendium: one document per meeting, its recommendations located in the original report. */
export function buildWorkingGroupReports(
  builder: CorpusBuilder,
  meetings: readonly CompendiumMeeting[],
  index: ThematicIndex,
  originals: ReadonlyMap<number, OriginalReport>,
): void {
  const indexLocators = indexLocatorsByReference(index);
  for (const meeting of meetings) {
    const symbolEntry = index.sectionSymbols.get(`A:${meeting.roman}`) ?? null;
    const symbol = symbolEntry?.symbol ?? null;
    const original = originals.get(meeting.number) ?? null;
    const document = builder.addDocument({
      id: symbol ?? `WG.7-${meeting.dates?.start.slice(0, 4)}`,
      symbol,
      shortKey: symbol ?? `WG.7-${meeting.dates?.start.slice(0, 4)}`,
      body: 'wg',
      kind: 'report',
      meeting: meeting.number,
      number: null,
      year: Number(meeting.dates?.start.slice(0, 4)),
      dates: meeting.dates,
      place: null,
      title: { fr: meeting.heading },
      languages: ['fr'],
      originalLanguage: null,
      locatorScheme: symbol ? (index.symbolColumns.get(symbol) ?? 'paragraph') : 'paragraph',
      qualifyingChapeauId: null,
      compendiumSection: `A.${meeting.roman}`,
      paragraphIds: [],
      metadataSources: {
        symbol: symbolEntry ? [provenance(COMPENDIUM, symbolEntry.line, 'thematic index, column Cote')] : [],
        meeting: [provenance(COMPENDIUM, meeting.line, 'compendium section title')],
        dates: [provenance(COMPENDIUM, meeting.line, 'compendium section title')],
        title: [provenance(COMPENDIUM, meeting.line, 'compendium section title')],
      },
    });
    if (!symbol) builder.report({ kind: 'missing-metadata', message: `Meeting ${meeting.number}: no symbol in the index.` });
    if (original) addFromOriginal(builder, document, meeting, original, indexLocators);
    else addFromIndexRule(builder, document, meeting, indexLocators);
  }
}

function addFromOriginal(
  builder: CorpusBuilder,
  document: CorpusDocument,
  meeting: CompendiumMeeting,
  original: OriginalReport,
  indexLocators: Map<string, IndexLocatorEntry[]>,
): void {
  if (original.report.headerSymbol && original.report.headerSymbol.symbol !== document.symbol) {
    builder.report({ kind: 'note', message: `${original.file}: header symbol ${original.report.headerSymbol.symbol} differs from the index's ${document.symbol}.` });
  }
  if (original.report.headerSymbol) {
    document.metadataSources.symbol!.push(provenance(original.file, original.report.headerSymbol.line, 'document page header'));
  }
  const candidates = original.report.paragraphs.filter((p) => p.headings[0]?.startsWith('II.'));
  const matches = new Map<number, OutlineItem>();
  for (const item of meeting.outline.items) {
    const best = bestMatch(item.text, candidates);
    if (!best) {
      builder.report({ kind: 'unresolved-reference', message: `${meeting.roman}.${item.marker}: no paragraph of ${original.file} has its text.` });
      continue;
    }
    matches.set(best.number, item);
  }
  const firstRecommendation = Math.min(...matches.keys());
  for (const reportParagraph of original.report.paragraphs) {
    const item = matches.get(reportParagraph.number);
    const section = reportParagraph.headings.at(-1) ?? null;
    const where = provenance(original.file, reportParagraph.lines[0]!, 'report paragraph');
    if (!item) {
      const qualifies = reportParagraph.number === firstRecommendation - 1 && /ci-après\s*,\s*qui/.test(reportParagraph.text);
      const paragraph = builder.addParagraph({
        document,
        kind: qualifies ? 'chapeau' : 'context',
        adopted: false,
        locator: { kind: 'paragraph', number: reportParagraph.number, items: [], source: 'original-text' },
        text: reportParagraph.text,
        textSource: 'original',
        provenance: [where],
        section,
      });
      if (qualifies) document.qualifyingChapeauId = paragraph.id;
      continue;
    }
    const reference = `${meeting.roman}.${item.marker}`;
    const paragraph = builder.addParagraph({
      document,
      kind: 'recommendation',
      adopted: true,
      locator: { kind: 'paragraph', number: reportParagraph.number, items: [], source: 'original-text' },
      text: reportParagraph.text,
      textSource: 'original',
      provenance: [where, provenance(COMPENDIUM, item.lines[0]!, `compendium part A, ${reference}`)],
      compendiumRef: reference,
      compendiumPart: 'A',
      section,
    });
    recordVariant(builder, paragraph, item);
    for (const entry of indexLocators.get(`A:${reference}`) ?? []) {
      if (entry.locator !== String(reportParagraph.number)) {
        builder.report({
          kind: 'locator-disagreement',
          paragraphId: paragraph.id,
          message: `${reference}: the index gives paragraph ${entry.locator}, the text of ${original.file} is paragraph ${reportParagraph.number}.`,
          provenance: provenance(COMPENDIUM, entry.line, 'thematic index'),
        });
      }
    }
  }
  const place = /tenue à (\p{Lu}\p{L}+) du/u.exec(original.report.paragraphs.map((p) => p.text).join(' '));
  if (place) {
    document.place = place[1]!;
    const line = original.report.paragraphs.find((p) => p.text.includes(place[0]))?.lines[0] ?? 0;
    document.metadataSources.place = [provenance(original.file, line, 'report paragraph on the opening of the meeting')];
  }
}

function bestMatch(text: string, candidates: readonly ReportParagraph[]): ReportParagraph | null {
  let best: ReportParagraph | null = null;
  let bestScore = MATCH_THRESHOLD;
  const profile = bigramProfile(text);
  for (const candidate of candidates) {
    const score = textSimilarity(profile, bigramProfile(candidate.text));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function recordVariant(builder: CorpusBuilder, paragraph: Paragraph, item: OutlineItem): void {
  const original = paragraph.text.fr!;
  if (sameWording(original, item.text)) return;
  const where = provenance(COMPENDIUM, item.lines[0]!, `compendium, ${paragraph.compendiumPart}:${paragraph.compendiumRef}`);
  paragraph.variants.push({ source: 'compendium', text: item.text, provenance: where });
  builder.report({
    kind: 'text-variant',
    paragraphId: paragraph.id,
    message: `${paragraph.compendiumRef}: the compendium's wording differs from the original: ${describeWordingDifference(original, item.text)}`,
    provenance: where,
  });
}

/** Meetings whose report text is not bundled: the index's locators must follow one rule per meeting. */
function addFromIndexRule(
  builder: CorpusBuilder,
  document: CorpusDocument,
  meeting: CompendiumMeeting,
  indexLocators: Map<string, IndexLocatorEntry[]>,
): void {
  const byRecommendation = document.locatorScheme === 'recommendation';
  const offsets = new Map<number, number>();
  for (const item of meeting.outline.items) {
    const references = [item, ...item.children].map((entry) =>
      entry === item ? `A:${meeting.roman}.${item.marker}` : `A:${meeting.roman}.${item.marker}.${entry.marker}`,
    );
    for (const reference of references) {
      for (const entry of indexLocators.get(reference) ?? []) {
        const { number } = splitLocator(entry.locator);
        if (number !== null) offsets.set(number - Number(item.marker), (offsets.get(number - Number(item.marker)) ?? 0) + 1);
      }
    }
  }
  const [offset] = [...offsets.entries()].sort((a, b) => b[1] - a[1])[0] ?? [byRecommendation ? 0 : null];
  if (offset === null || offset === undefined) {
    builder.report({ kind: 'missing-metadata', message: `Meeting ${meeting.number}: the index gives no locator to derive a rule from.` });
    return;
  }
  if (offsets.size > 1) {
    builder.report({ kind: 'locator-disagreement', message: `Meeting ${meeting.number}: index locators follow several offsets (${[...offsets.keys()].join(', ')}).` });
  }
  const rule = byRecommendation
    ? offset === 0
      ? 'recommendation number = compendium number'
      : `recommendation number = compendium number + ${offset}`
    : `paragraph = compendium number + ${offset}`;
  document.metadataSources.locatorRule = [provenance(COMPENDIUM, meeting.line, `thematic index entries of meeting ${meeting.number}: ${rule}`)];

  for (const item of meeting.outline.items) {
    const reference = `${meeting.roman}.${item.marker}`;
    const number = Number(item.marker) + offset;
    const locator = (items: string[], cited: IndexLocatorEntry[]): Locator => ({
      kind: byRecommendation ? 'recommendation' : 'paragraph',
      number,
      items,
      source: cited.length > 0 ? 'index' : 'index-rule',
      rule,
    });
    const citedParent = indexLocators.get(`A:${reference}`) ?? [];
    checkAgainstRule(builder, reference, citedParent, number, []);
    const parent = builder.addParagraph({
      document,
      kind: 'recommendation',
      adopted: true,
      locator: locator([], citedParent),
      text: item.text,
      textSource: 'compendium',
      provenance: [provenance(COMPENDIUM, item.lines[0]!, `compendium part A, ${reference}`)],
      compendiumRef: reference,
      compendiumPart: 'A',
    });
    for (const child of item.children) {
      const childReference = `${reference}.${child.marker}`;
      const cited = indexLocators.get(`A:${childReference}`) ?? [];
      checkAgainstRule(builder, childReference, cited, number, [child.marker]);
      builder.addParagraph({
        document,
        kind: 'subitem',
        adopted: true,
        locator: locator([child.marker], cited),
        text: child.text,
        textSource: 'compendium',
        provenance: [provenance(COMPENDIUM, child.lines[0]!, `compendium part A, ${childReference}`)],
        compendiumRef: childReference,
        compendiumPart: 'A',
        parent,
      });
    }
  }
}

function checkAgainstRule(builder: CorpusBuilder, reference: string, cited: readonly IndexLocatorEntry[], number: number, items: string[]): void {
  for (const entry of cited) {
    const expected = [number, ...items].join('.');
    if (entry.locator !== expected) {
      builder.report({
        kind: 'locator-disagreement',
        message: `${reference}: the index gives ${entry.locator}, the meeting's rule gives ${expected}.`,
        provenance: provenance(COMPENDIUM, entry.line, 'thematic index'),
      });
    }
  }
}
