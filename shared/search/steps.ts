/** Work done a step at a time (a generator yielding between steps), ending with its result. */
export type Steps<T> = Generator<void, T, void>;
