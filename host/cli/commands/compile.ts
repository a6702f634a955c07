import { buildCompilationDocx } from '../../../shared/export/buildCompilationDocx';
import { selectedParagraphIds, type CompilationGrouping, type CompilationSelection } from '../../../shared/export/compilationGroups';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { docxOutputPath, writeDocxOutput } from '../docxOutput';
import { EXIT_OK } from '../exitCodes';
import { findTheme } from '../findTheme';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { resolveReferences } from '../resolveReferences';

function readGrouping(value: string | undefined, fallback: CompilationGrouping): CompilationGrouping {
  if (value === undefined) return fallback;
  if (value === 'theme' || value === 'document') return value;
  throw new CliError(`--group-by must be "theme" or "document", not "${value}".`);
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
    const path = docxOutputPath('compile', values.out);
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
    await writeDocxOutput(path, bytes);
    io.out(`Wrote ${count} paragraph${count === 1 ? '' : 's'} to ${path}`);
    return EXIT_OK;
  },
};
