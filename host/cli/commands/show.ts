import type { Lang } from '../../../shared/corpus/model';
import { CliError } from '../CliError';
import type { CliCommand, CliIO } from '../command';
import { EXIT_LANGUAGE_MISSING, EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { paragraphReport, type ParagraphReport } from '../paragraphReport';
import { parseCommandArgs, readLang, requirePositionals } from '../parseCommandArgs';
import { resolveReference } from '../resolveReferences';

const LANGUAGE_NAME: Record<Lang, string> = { fr: 'French', en: 'English' };

function textSourceLine(report: ParagraphReport): string {
  if (report.textSource === 'compendium') return 'compendium (the original document is not among the sources)';
  return `original document (${report.document.symbol ?? report.document.shortKey})`;
}

function printReport(report: ParagraphReport, io: CliIO): void {
  io.out(`${report.reference}  ${report.citation}`);
  if (!report.adopted) io.out('Status: report context, not adopted text (not a precedent)');
  if (report.section) io.out(`Section: ${report.section}`);
  io.out(`Text from: ${textSourceLine(report)}`);
  io.out('');
  io.out(report.text ?? `[no ${LANGUAGE_NAME[report.lang]} text in the corpus]`);
  for (const item of report.subItems) io.out(`${'  '.repeat(item.depth)}${item.marker} ${item.text ?? '[no text in this language]'}`);
  for (const variant of report.variants) {
    io.out('');
    io.out(`Variant printed in the ${variant.source} (${variant.file}, line ${variant.line}):`);
    io.out(variant.text);
  }
  io.out('');
  if (report.themes.length > 0) io.out(`Themes: ${report.themes.map((theme) => theme.label ?? theme.id).join('; ')}`);
  if (report.strengths.length > 0) io.out(`Strength: ${report.strengths.join(', ')}`);
  if (report.addressees.length > 0) io.out(`Addressed to: ${report.addressees.join(', ')}`);
  io.out(`Read from: ${report.provenance.map((p) => `${p.file} line ${p.line}`).join('; ')}`);
}

export const showCommand: CliCommand = {
  name: 'show',
  usage: `show REF [--lang en|fr] [--json]
  Prints a paragraph: its text, sub-items, citation, where the text comes from (original
  document or compendium) and the variant wordings printed elsewhere.
  A language the corpus has no text in is reported on stderr (exit code 3), never filled in.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('show', args, { lang: { type: 'string' }, json: { type: 'boolean' } });
    const [ref, ...extra] = requirePositionals('show', positionals, 'reference (e.g. I.22)');
    if (ref === undefined || extra.length > 0) throw new CliError(`One reference at a time (got ${positionals.length}).`);
    const lang = readLang(values.lang);
    const index = await loadCliIndex();
    const paragraph = resolveReference(index, ref);
    const report = paragraphReport(index, paragraph, lang);
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else printReport(report, io);
    const missing = report.text === null || report.subItems.some((item) => item.text === null);
    if (!missing) return EXIT_OK;
    io.err(`the corpus has no ${LANGUAGE_NAME[lang]} text for ${report.reference}; the sources give it in ${
      Object.keys(paragraph.text).map((l) => LANGUAGE_NAME[l as Lang]).join(' and ') || 'no language'}.`);
    return EXIT_LANGUAGE_MISSING;
  },
};
