import { formatCitation } from '../../../shared/citation/formatCitation';
import { createPrecedentChecker } from '../../../shared/check/createPrecedentChecker';
import { ImportError } from '../../../shared/import/ImportError';
import { negotiationViewText } from '../../../shared/negotiation/views';
import type { WordDraftSummary } from '../../../shared/roundtrip/model';
import { readWordDraft } from '../../../shared/roundtrip/readWordDraft';
import { CliError } from '../CliError';
import type { CliCommand } from '../command';
import { EXIT_OK } from '../exitCodes';
import { loadCliIndex } from '../loadCliIndex';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDocx, userPath } from './checkDocx';

function summaryLines(summary: WordDraftSummary): string[] {
  const count = (origin: 'control' | 'text', verdict: 'verbatim' | 'modified') => summary.precedents.filter((found) => found.origin === origin && found.verdict === verdict).length;
  return [
    `Agreed language from content controls: ${count('control', 'verbatim')} verbatim, ${count('control', 'modified')} modified (${summary.precedents.filter((found) => found.changedInWord).length} changed in Word).`,
    `Recognised by text or citation: ${count('text', 'verbatim')} verbatim, ${count('text', 'modified')} modified.`,
    ...summary.orphaned.map((source) => `Control deleted in Word: ${source.citation}.`),
    ...summary.proposals.map((proposal) => `Tracked changes of ${proposal.author}: ${proposal.insertions} insertion(s), ${proposal.deletions} deletion(s), now proposals.`),
    `Brackets: ${summary.brackets}; alternatives: ${summary.alternatives}.`,
    ...summary.unlinkedCitations.map((citation) => `Citation left as typed: ${citation}.`),
    ...(summary.textRecognitionLimited ? ['The document is too long for every paragraph to be compared with the precedents: later agreed language is recognised only where its exact citation follows it.'] : []),
    ...summary.comments.map((comment) => `Comment${comment.author ? ` of ${comment.author}` : ''}: ${comment.text}`),
  ];
}

export const openDocxCommand: CliCommand = {
  name: 'open-docx',
  usage: `open-docx FILE.docx [--json]
  Reads a Word document as a draft, as "Open a Word document as a draft" does in the app: the
  provenance of an exported draft from its content controls (verbatim, modified, deleted), agreed
  language recognised by its words or its citation elsewhere, tracked changes as proposals of
  their authors, typed [brackets] and "Alt 2" paragraphs. Prints what was recognised, then the
  draft's bracketed text; --json prints the draft's title, language, content and summary.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('open-docx', args, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new CliError('Give one Word document (FILE.docx). See "desk open-docx --help".');
    const path = userPath(positionals[0]!);
    const bytes = await readDocx(path);
    const index = await loadCliIndex();
    let draft;
    try {
      draft = await readWordDraft(bytes, { index, checker: createPrecedentChecker(index), fileName: path });
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(error.message);
      throw error;
    }
    if (values.json) {
      io.out(JSON.stringify(draft, null, 2));
      return EXIT_OK;
    }
    io.out(`${draft.title} (${draft.lang})`);
    for (const line of summaryLines(draft.summary)) io.out(`  ${line}`);
    io.out('');
    io.out(negotiationViewText(draft.content, draft.lang, 'bracketed', (id) => formatCitation(index, [id], draft.lang, 'plain')));
    return EXIT_OK;
  },
};
