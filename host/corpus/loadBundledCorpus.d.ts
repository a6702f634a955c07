import type { Corpus, SourceTexts } from '../../shared/corpus/model';
/** `data/sources` of this checkout, found from this file rather than the working directory. */
export declare function bundledSourcesDir(): string;
export declare function readSourceTexts(sourcesDir?: string): Promise<SourceTexts>;
/** Builds the corpus once per sources folder; a failed read is not cached, so a retry can succeed. */
export declare function loadBundledCorpus(sourcesDir?: string): Promise<Corpus>;
