import { formatCitation } from '../../../shared/citation/formatCitation';
import type { CliCommand } from '../command';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang, requirePositionals } from '../parseCommandArgs';
import { resolveReferences } from '../resolveReferences';

export const citeCommand: CliCommand = {
  name: 'cite',
  usage: `cite REF [REF...] [--lang en|fr]
  Prints the citation of a paragraph, in French unless --lang en, with ordinary spaces.
  Several references are cited together: consecutive paragraphs as a range (par. 23 à 25).
  REF: I.22, A:V.2.e, B:VI.9.c, B:VI.al.5, B:IV.j.ii, CTOC/COP/WG.7/2012/6:25, WG.7-2022:8.a`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('cite', args, { lang: { type: 'string' } });
    const refs = requirePositionals('cite', positionals, 'reference (e.g. I.22)');
    const lang = readLang(values.lang);
    const index = await loadCliIndex();
    const paragraphs = resolveReferences(index, refs);
    io.out(formatCitation(index, paragraphs.map((p) => p.id), lang, 'plain'));
    return EXIT_OK;
  },
};
