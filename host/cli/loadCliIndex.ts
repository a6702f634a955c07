import { indexCorpus, type CorpusIndex } from '../../shared/corpus/corpusIndex';
import { loadBundledCorpus } from '../corpus/loadBundledCorpus';

let pending: Promise<CorpusIndex> | undefined;

/** The bundled corpus, parsed and indexed once per process (commands run in-process in tests). */
export function loadCliIndex(): Promise<CorpusIndex> {
  pending ??= loadBundledCorpus().then(indexCorpus);
  return pending;
}
