import type { Corpus, DataQualityIssue } from './model';

const SECTIONS: { kind: DataQualityIssue['kind']; title: string }[] = [
  { kind: 'unresolved-reference', title: 'Unresolved index references' },
  { kind: 'locator-disagreement', title: 'Locator disagreements (index vs. original text or rule)' },
  { kind: 'text-variant', title: 'Wording variants (original vs. compendium)' },
  { kind: 'missing-metadata', title: 'Metadata the sources do not give' },
  { kind: 'note', title: 'Other notes' },
];

/** The data-quality report shipped as data/DATA-QUALITY.md: every disagreement, none dropped. */
export function renderDataQualityReport(corpus: Corpus): string {
  const count = (kind: DataQualityIssue['kind']) => corpus.dataQuality.filter((issue) => issue.kind === kind).length;
  const lines = [
    '# Data-quality report',
    '',
    'Generated from `data/sources` by `npm run data-quality` (a test fails when this file is out of date).',
    '',
    `- Documents: ${corpus.documents.length}; paragraphs: ${corpus.paragraphs.length} (${corpus.paragraphs.filter((p) => p.adopted).length} adopted); themes: ${corpus.themes.length}.`,
    ...SECTIONS.map(({ kind, title }) => `- ${title}: ${count(kind)}`),
    '',
  ];
  for (const { kind, title } of SECTIONS) {
    lines.push(`## ${title}`, '');
    const issues = corpus.dataQuality.filter((issue) => issue.kind === kind);
    if (issues.length === 0) lines.push('None.', '');
    for (const issue of issues) {
      const where = issue.provenance ? ` (${issue.provenance.file}, line ${issue.provenance.line})` : '';
      lines.push(`- ${issue.message}${where}`);
    }
    if (issues.length) lines.push('');
  }
  lines.push('## Locator rules', '');
  for (const document of corpus.documents) {
    const rule = document.metadataSources.locatorRule?.[0];
    const how = rule ? rule.what : document.paragraphIds.length ? 'from the text of the document' : 'none';
    lines.push(`- ${document.symbol ?? document.shortKey}: ${how}`);
  }
  return `${lines.join('\n')}\n`;
}
