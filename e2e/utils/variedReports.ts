import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Corpus } from '../../shared/corpus/model';
import { FIXTURE_NOTICE, type FixtureParagraph, type FixtureReport } from '../../shared/import/fixtures/englishReportFixture';
import { fixtureAsText } from '../../shared/import/fixtures/renderFixture';
import { seededRandom } from '../../shared/check/evaluation/seededRandom';

// A sentence ends at . ! ? or … followed by a capital (or an opening quote or bracket): "par. 25",
// "art. 6" and "p. ex." stay whole because a figure or a lower-case word follows them, and "M."
// before a name because a lone capital before the full stop is an initial.
const SENTENCE_END = /(?<=[.!?…])(?<!(?:^|[\s(])\p{Lu}\.)\s+(?=[«"“(\p{Lu}])/u;
const MIN_SENTENCE_LENGTH = 20;

/** The distinct sentences of the corpus's French paragraph texts, in corpus order. */
export function corpusSentences(corpus: Corpus): string[] {
  const sentences = new Set<string>();
  for (const paragraph of corpus.paragraphs) {
    const text = paragraph.text.fr;
    if (!text) continue;
    for (const sentence of text.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (trimmed.length >= MIN_SENTENCE_LENGTH) sentences.add(trimmed);
    }
  }
  return [...sentences];
}

/** Bumped when the generator changes, so a kept library of an older generator is made again. */
const GENERATOR_VERSION = 1;
const PARAGRAPHS_PER_REPORT = 200;

/**
 * A folder of report files (the text a PDF extraction gives, in the reports' layout) holding about
 * `paragraphs` paragraphs, to be imported through the real import path. Their sentences are the
 * corpus's own, varied word by word (other corpus words, changed figures, now and then a rarer
 * word of its own), so that queries match as in a real library rather than thousands of copies.
 * Kept between runs in `folder` (same seed, same files).
 */
export async function generateReportFiles(corpus: Corpus, folder: string, paragraphs: number, seed = 20261201): Promise<string[]> {
  const marker = join(folder, 'generated.json');
  const wanted = JSON.stringify({ version: GENERATOR_VERSION, paragraphs, seed });
  const reports = Math.ceil(paragraphs / PARAGRAPHS_PER_REPORT);
  const names = Array.from({ length: reports }, (_, i) => `report-${String(i).padStart(4, '0')}.txt`);
  if ((await readFile(marker, 'utf8').catch(() => '')) === wanted) return names.map((name) => join(folder, name));
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const random = seededRandom(seed);
  const vary = sentenceVariations(corpusSentences(corpus), random);
  for (let i = 0; i < reports; i++) {
    const count = Math.min(PARAGRAPHS_PER_REPORT, paragraphs - i * PARAGRAPHS_PER_REPORT);
    await writeFile(join(folder, names[i]!), fixtureAsText(report(i, count, vary, random)));
  }
  await writeFile(marker, wanted);
  return names.map((name) => join(folder, name));
}

function report(i: number, count: number, vary: () => string, random: () => number): FixtureReport {
  const year = 2013 + (i % 13);
  const paragraphs: FixtureParagraph[] = [];
  // Two introduction paragraphs, then numbered recommendations; sub-items count as paragraphs.
  for (let number = 3, total = 2; total < count; number++) {
    const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, vary).join(' ');
    // One paragraph in ten introduces sub-items, as the recommendations often do.
    if (random() < 0.1 && total + 4 <= count) {
      paragraphs.push({ number, text: `${sentences.replace(/[.;]$/, '')} :`, items: ['a', 'b', 'c'].map((marker) => ({ marker, text: `${vary().replace(/[.]$/, '')} ;` })) });
      total += 4;
    } else {
      paragraphs.push({ number, text: sentences });
      total += 1;
    }
  }
  return {
    symbol: `CTOC/COP/WG.7/${year}/${100 + i}`,
    jobNumber: `V.${String(year).slice(2)}-${String(10000 + i)}`,
    header: ['Distr. : générale', `${1 + (i % 28)} juin ${year}`, 'Original : français', FIXTURE_NOTICE],
    title: `Rapport sur la réunion du Groupe de travail sur le trafic illicite de migrants tenue à Vienne en ${year}`,
    sections: [
      {
        heading: 'I. Introduction',
        paragraphs: [
          { number: 1, text: `Dans sa résolution 5/3, la Conférence des Parties a décidé de créer un groupe de travail intergouvernemental provisoire à composition non limitée (réunion ${i}).` },
          { number: 2, text: vary() },
        ],
      },
      { heading: 'II. Recommandations', paragraphs },
    ],
  };
}

/** Corpus sentences with some words changed: another corpus word, another figure, or a rarer word. */
function sentenceVariations(sentences: readonly string[], random: () => number): () => string {
  const words = [...new Set(sentences.flatMap((sentence) => sentence.match(/\p{L}{5,}/gu) ?? []))];
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const rarer = (word: string) => {
    // A word of the kind a larger library brings (a name, a term of art): two corpus words joined.
    const other = pick(words);
    return `${word.slice(0, Math.max(3, Math.floor(word.length / 2)))}${other.slice(Math.floor(other.length / 2))}`;
  };
  return () =>
    pick(sentences).replace(/\p{L}{5,}|\d+/gu, (token) => {
      if (/^\d+$/.test(token)) return random() < 0.5 ? String(1 + Math.floor(random() * 60)) : token;
      const roll = random();
      if (roll < 0.12) return pick(words);
      if (roll < 0.15) return rarer(token);
      return token;
    });
}
