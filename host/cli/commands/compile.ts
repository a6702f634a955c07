import { resolve } from 'node:path';
import { buildCompilationDocx } from '../../../shared/export/buildCompilationDocx';
import { selectedParagraphIds, type CompilationGrouping, type CompilationSelection } from '../../../shared/export/compilationGroups';
import { ExportWriteError, writeExportFile } from '../../export/writeExportFile';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { EXIT_FAILURE, EXIT_OK } from '../exitCodes';
import { findTheme } from '../findTheme';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { resolveReferences } from '../resolveReferences';

function readGrouping(value: string | undefined, fallback: CompilationGrouping): CompilationGrouping {
  if (value === undefined) return fallback;
  if (value === 'theme' || value === 'document') return value;
  throw new CliError(`--group-by must be "theme" or "document", not "${value}".`);
}

/** `npm run desk` runs in the project folder; INIT_CWD is where the user typed the command. */
function outputPath(out: string | undefined): string {
  if (out === undefined || out.trim() === '') throw new CliError('Missing --out FILE.docx. See "desk compile --help".');
  if (!/\.docx$/i.test(out)) throw new CliError(`--out must name a .docx file, not "${out}".`);
  return resolve(process.env.INIT_CWD ?? process.cwd(), out);
}

export const compileCommand: CliCommand = {
  name: 'compile',
  usage: `compile REF [REF...] --out FILE.docx [--lang en|fr] [--group-by theme|document]
       compile --theme "LABEL" --out FILE.docx [--lang en|fr] [--group-by theme|document]
  Writes a Word briefing document: each precedent's citation and verbatim text, under headings
  by document (default for references) or by theme (default for --theme).
  LABEL in French or English; case, accents and spacing do not matter.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('compile', args, {
      lang: { type: 'string' },
      out: { type: 'string' },
      theme: { type: 'string' },
      'group-by': { type: 'string' },
    });
    const lang = readLang(values.lang);
    const path = outputPath(values.out);
    if (values.theme !== undefined && positionals.length > 0) throw new CliError('Give references or --theme, not both.');
    if (values.theme === undefined && positionals.length === 0) throw new CliError('Missing references (e.g. I.22) or --theme "LABEL". See "desk compile --help".');
    const index = await loadCliIndex();
    const selection: CompilationSelection = values.theme !== undefined
      ? { themeId: findTheme(index, values.theme).id }
      : { paragraphIds: resolveReferences(index, positionals).map((paragraph) => paragraph.id) };
    const groupBy = readGrouping(values['group-by'], values.theme !== undefined ? 'theme' : 'document');
    const count = selectedParagraphIds(index, selection).length;
    if (count === 0) throw new CliError(`Theme "${values.theme}" cites no paragraph: nothing to compile.`);

    const bytes = await buildCompilationDocx(index, selection, { lang, groupBy });
    try {
      await writeExportFile(path, bytes);
    } catch (error) {
      if (error instanceof ExportWriteError) throw new CliError(error.message, EXIT_FAILURE);
      throw error;
    }
    io.out(`Wrote ${count} paragraph${count === 1 ? '' : 's'} to ${path}`);
    return EXIT_OK;
  },
};
