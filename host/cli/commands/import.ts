import type { BatchEntry, BatchSummary } from '../../../shared/import/batch/model';
import { importPaths } from '../../batchImport/importBatch';
import { loadBundledCorpus } from '../../corpus/loadBundledCorpus';
import { createNodeDeskHost } from '../../createNodeDeskHost';
import { defaultDataDir } from '../../dataDir';
import { CliError } from '../CliError';
import type { CliCommand, CliIO } from '../command';
import { EXIT_OK, EXIT_USAGE } from '../exitCodes';
import { parseCommandArgs, requirePositionals } from '../parseCommandArgs';
import { userPath } from './checkDocx';

/** `desk import FILE_OR_FOLDER...`: reports and their language versions into the user's library, each as detected. */
export const importCommand: CliCommand = {
  name: 'import',
  usage: `import FILE_OR_FOLDER... [--data-dir DIR] [--dry-run] [--json]
  Imports .docx, .pdf, .txt and .md files, and every such file of a folder and its sub-folders,
  into the library of the data folder (default: the app's, or PRECEDENT_DESK_DATA), each as
  detected, without the Library dialog's preview. A file the library has in its language already,
  an edition of the compendium (imported alone, with its preview) or a file that is not a report
  is skipped with the reason. Progress goes to stderr.
  --dry-run   print what detection finds; store nothing
  --json      print the summary as JSON: { entries: [{ file, status, detected | reason, message }], imported, skipped, notReached, cancelled }
  Exit code 2 when a file or folder given does not exist (the others are still imported).`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('import', args, { 'data-dir': { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } });
    const paths = requirePositionals('import', positionals, 'a file or folder to import').map(userPath);
    const dataDir = values['data-dir'] === undefined ? defaultDataDir() : userPath(values['data-dir']);
    const host = await createNodeDeskHost({
      dataDir,
      loadCorpus: () => loadBundledCorpus(),
      saveFile: () => Promise.reject(new Error('The command line saves no files through the host.')),
      pickImportFiles: async () => [],
    });
    const dryRun = values['dry-run'] === true;
    let summary: BatchSummary;
    try {
      summary = await importPaths(paths, host.batchLibrary(), { dryRun, onProgress: ({ done, total, file }) => io.err(`[${done + 1}/${total}] ${file}`) });
    } finally {
      await host.close();
    }
    if (values.json) io.out(JSON.stringify(summary, null, 2));
    else printSummary(summary, dryRun, io);
    if (summary.entries.some((entry) => entry.status === 'skipped' && entry.reason === 'not-found')) throw new CliError('Some files or folders given do not exist (listed above).', EXIT_USAGE);
    return EXIT_OK;
  },
};

function printSummary(summary: BatchSummary, dryRun: boolean, io: CliIO): void {
  for (const entry of summary.entries) io.out(describeEntry(entry));
  io.out(dryRun ? `${summary.imported} file(s) would be imported, ${summary.skipped} skipped (dry run: nothing stored).` : `${summary.imported} imported, ${summary.skipped} skipped.`);
}

function describeEntry(entry: BatchEntry): string {
  if (entry.status === 'skipped') return `skipped   ${entry.file}: ${entry.message} (${entry.reason})`;
  const { symbol, lang, body, kind, year, paragraphs, adopted } = entry.detected;
  const what = `${symbol ?? 'no symbol'}, ${lang}, ${body === 'wg' ? 'Working Group' : 'Conference of the Parties'} ${kind}, ${year ?? 'undated'}, ${paragraphs} paragraphs (${adopted} adopted)`;
  return `${entry.status === 'imported' ? 'imported' : 'detected'}  ${entry.file}: ${what}`;
}
