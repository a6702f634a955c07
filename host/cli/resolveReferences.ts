import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Paragraph } from '../../shared/corpus/model';
import { parseReference } from '../../shared/citation/parseReference';
import { CliError } from './CliError';

export function resolveReference(index: CorpusIndex, ref: string): Paragraph {
  const parsed = parseReference(index, ref);
  if (!parsed.ok) throw new CliError(parsed.message);
  return parsed.paragraph;
}

/** Every reference must resolve; the first that does not stops the command with its message. */
export function resolveReferences(index: CorpusIndex, refs: readonly string[]): Paragraph[] {
  return refs.map((ref) => resolveReference(index, ref));
}
