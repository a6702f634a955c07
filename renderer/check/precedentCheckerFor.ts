import { createPrecedentChecker, type PrecedentChecker } from '../../shared/check/createPrecedentChecker';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';

const checkers = new WeakMap<CorpusIndex, PrecedentChecker>();

/**
 * One checker per loaded corpus, for opening a Word document as a draft (its paragraphs are recognised by
 * their text in the window; every other check runs in the host): built on first use (some 35 ms for the bundled library), shared
 * by every part of the window, and replaced when the corpus is loaded again after an import (the
 * new corpus is a new index; the old checker goes with the old index).
 */
export function checkerFor(index: CorpusIndex): PrecedentChecker {
  let checker = checkers.get(index);
  if (!checker) {
    checker = createPrecedentChecker(index);
    checkers.set(index, checker);
  }
  return checker;
}

