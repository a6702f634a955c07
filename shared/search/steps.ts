/** Work done a step at a time (a generator yielding between steps), ending with its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps left at once, and gives the result. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
