import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../shared/corpus/buildCorpus';
import type { Corpus, SourceTexts } from '../../shared/corpus/model';
import { HostError } from '../../shared/host/hostError';

/** `data/sources` of this checkout, found from this file rather than the working directory. */
export function bundledSourcesDir(): string {
  return fileURLToPath(new URL('../../data/sources/', import.meta.url));
}

export async function readSourceTexts(sourcesDir: string = bundledSourcesDir()): Promise<SourceTexts> {
  const names = (await readdir(sourcesDir)).filter((name) => name.endsWith('.txt')).sort();
  if (names.length === 0) throw new HostError('corpus.sourcesMissing', `No source texts (*.txt) found in ${sourcesDir}`);
  const texts = await Promise.all(names.map((name) => readFile(join(sourcesDir, name), 'utf8')));
  return Object.fromEntries(names.map((name, i) => [name, texts[i] ?? '']));
}

const cache = new Map<string, Promise<Corpus>>();

/** Builds the corpus once per sources folder; a failed read is not cached, so a retry can succeed. */
export function loadBundledCorpus(sourcesDir: string = bundledSourcesDir()): Promise<Corpus> {
  let pending = cache.get(sourcesDir);
  if (!pending) {
    pending = readSourceTexts(sourcesDir).then(buildCorpus);
    pending.catch(() => cache.delete(sourcesDir));
    cache.set(sourcesDir, pending);
  }
  return pending;
}
