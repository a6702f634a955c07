import type { RecommendationReport } from '../parse/parseRecommendationReport';
import { parseFrenchDateRange } from '../parse/frenchDates';
import { type CorpusBuilder, provenance } from './CorpusBuilder';

const ORDINALS = ['première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième', 'dixième'];
const LANGUAGE_NAMES: Record<string, 'fr' | 'en'> = { français: 'fr', anglais: 'en' };

/** A report outside the compendium (seed 004): its metadata from its own header, never invented. */
export function buildRecommendationReport(builder: CorpusBuilder, file: string, report: RecommendationReport): void {
  const headerLine = (pattern: RegExp) => report.header.find((entry) => pattern.test(entry.text)) ?? null;
  const placeAndDates = headerLine(/^\p{Lu}\p{L}+, .*\d{4}$/u);
  const dates = placeAndDates ? parseFrenchDateRange(placeAndDates.text) : null;
  const year = Number(dates?.start.slice(0, 4));
  const original = headerLine(/^Original\s*:/);
  const originalLanguage = original ? (LANGUAGE_NAMES[original.text.replace(/^Original\s*:\s*/, '').toLowerCase()] ?? null) : null;
  const textLanguage = report.header.find((entry) => LANGUAGE_NAMES[entry.text.toLowerCase()]) ?? null;
  const meetingSentence = report.paragraphs.find((p) => new RegExp(`^La (${ORDINALS.join('|')}) réunion du Groupe de travail`).test(p.text));
  const meeting = meetingSentence ? ORDINALS.indexOf(/^La (\S+)/.exec(meetingSentence.text)![1]!) + 1 : 0;
  const shortKey = `WG.7-${year}`;

  const document = builder.addDocument({
    id: shortKey,
    symbol: null,
    shortKey,
    body: 'wg',
    kind: 'report',
    meeting,
    number: null,
    year,
    dates,
    place: placeAndDates ? placeAndDates.text.split(',')[0]! : null,
    title: report.title ? { fr: report.title.text } : {},
    languages: textLanguage ? [LANGUAGE_NAMES[textLanguage.text.toLowerCase()]!] : ['fr'],
    originalLanguage,
    locatorScheme: 'recommendation',
    qualifyingChapeauId: null,
    compendiumSection: null,
    paragraphIds: [],
    metadataSources: {
      symbol: [],
      dates: placeAndDates ? [provenance(file, placeAndDates.line, 'document header')] : [],
      place: placeAndDates ? [provenance(file, placeAndDates.line, 'document header')] : [],
      title: report.title ? [provenance(file, report.title.line, 'document header')] : [],
      originalLanguage: original ? [provenance(file, original.line, 'document header')] : [],
      languages: textLanguage ? [provenance(file, textLanguage.line, 'document header')] : [],
      meeting: meetingSentence ? [provenance(file, meetingSentence.lines[0]!, 'report paragraph on the opening of the meeting')] : [],
    },
  });
  builder.report({ kind: 'missing-metadata', message: `${file}: the document symbol is not given in the source; recorded as missing (key ${shortKey}).` });

  const recommendationsAfter = report.paragraphs.find((p) => p.headings[0]?.startsWith('II.'))?.number ?? 0;
  const addContext = (paragraph: RecommendationReport['paragraphs'][number]) =>
    builder.addParagraph({
      document,
      kind: 'context',
      adopted: false,
      locator: { kind: 'paragraph', number: paragraph.number, items: [], source: 'report-text' },
      // A list inside a report paragraph (an agenda) belongs to the paragraph.
      text: [paragraph.text, ...paragraph.items.map((item) => `${item.marker}) ${item.text}`)].join(' '),
      textSource: 'original',
      provenance: [provenance(file, paragraph.lines[0]!, 'report paragraph')],
      section: paragraph.headings.at(-1) ?? null,
    });
  report.paragraphs.filter((p) => p.number <= recommendationsAfter).forEach(addContext);
  for (const recommendation of report.recommendations) {
    const parent = builder.addParagraph({
      document,
      kind: 'recommendation',
      adopted: true,
      locator: { kind: 'recommendation', number: recommendation.number, items: [], source: 'report-text' },
      text: recommendation.text,
      textSource: 'original',
      provenance: [provenance(file, recommendation.lines[0]!, `Recommandation ${recommendation.number}`)],
      section: recommendation.headings.at(-1) ?? null,
    });
    for (const item of recommendation.items) {
      builder.addParagraph({
        document,
        kind: 'subitem',
        adopted: true,
        locator: { kind: 'recommendation', number: recommendation.number, items: [item.marker], source: 'report-text' },
        text: item.text,
        textSource: 'original',
        provenance: [provenance(file, item.lines[0]!, `Recommandation ${recommendation.number} ${item.marker})`)],
        section: recommendation.headings.at(-1) ?? null,
        parent,
      });
    }
  }
  report.paragraphs.filter((p) => p.number > recommendationsAfter).forEach(addContext);
}
