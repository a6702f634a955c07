import { formatCitation } from '../../../shared/citation/formatCitation';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../shared/corpus/model';
import { buildDraftDocx } from '../../../shared/export/buildDraftDocx';
import { EXPORT_LABELS } from '../../../shared/export/exportLabels';
import { NEGOTIATION_VIEWS, negotiationViewText, type NegotiationView } from '../../../shared/negotiation/views';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { docxOutputPath, writeDocxOutput } from '../docxOutput';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs, readLang } from '../parseCommandArgs';
import { readDraftArgument } from '../readDraftArgument';

function readView(value: string | undefined): NegotiationView {
  if (value === undefined) throw new CliError(`Missing --view ${NEGOTIATION_VIEWS.join('|')}. See "desk render --help".`);
  const view = NEGOTIATION_VIEWS.find((candidate) => candidate === value.trim().toLowerCase());
  if (!view) throw new CliError(`--view must be ${NEGOTIATION_VIEWS.map((name) => `"${name}"`).join(', ')}, not "${value}".`);
  return view;
}

/** Plain citations, as the rest of the command line prints them; a paragraph the corpus no longer has is said so. */
function plainCitation(index: CorpusIndex, lang: Lang): (paragraphId: string) => string {
  return (paragraphId) =>
    index.paragraphs.has(paragraphId) ? formatCitation(index, [paragraphId], lang, 'plain') : EXPORT_LABELS[lang].unknownParagraph(paragraphId);
}

export const renderCommand: CliCommand = {
  name: 'render',
  usage: `render DRAFT.json --view bracketed|compilation|clean [--lang en|fr] [--out FILE.docx]
  Prints a view of a draft's negotiating text, one paragraph a line, or writes it to Word:
    bracketed    the text as it circulates: labels (OP3 bis), [brackets] with their sponsors,
                 Alt 1 / Alt 2, proposed deletions and insertions, each paragraph's status;
    compilation  label | text and proposals | sponsors | status, one row a paragraph;
    clean        the text as it reads with the delegate's positions (by default the text as it
                 stands and Alt 1), brackets gone, renumbered.
  DRAFT.json: a draft file of any format version (host/drafts/FORMAT.md). --lang sets the language
  of the words the view adds and of citations, by default the draft's. Citations are printed after
  the agreed language they cite; in Word they are footnotes or inline, as the draft has them.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('render', args, {
      view: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length === 0) throw new CliError('Missing the draft file (DRAFT.json). See "desk render --help".');
    if (positionals.length > 1) throw new CliError(`Give one draft file, not ${positionals.length}.`);
    const view = readView(values.view);
    const askedLang = values.lang === undefined ? undefined : readLang(values.lang);
    const path = values.out === undefined ? undefined : docxOutputPath('render', values.out);
    const draft = await readDraftArgument(positionals[0]!);
    const lang = askedLang ?? draft.lang;
    const index = await loadCliIndex();
    if (path === undefined) {
      io.out(negotiationViewText(draft.content, lang, view, plainCitation(index, lang)));
      return EXIT_OK;
    }
    await writeDocxOutput(path, await buildDraftDocx(index, draft, { view, lang }));
    io.out(`Wrote the ${view} view of "${draft.title}" to ${path}`);
    return EXIT_OK;
  },
};
