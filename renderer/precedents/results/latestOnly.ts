/** What a call resolves to when a later call replaced it before it was sent. */
export const SUPERSEDED: unique symbol = Symbol('superseded');

/**
 * Wraps an asking function so that one request is on its way at a time: calls made meanwhile wait,
 * and only the latest of them is sent once the one on its way is answered (the others resolve to
 * SUPERSEDED). Typing faster than the host answers then never queues one search per key.
 */
export function latestOnly<A, R>(ask: (argument: A) => Promise<R>): (argument: A) => Promise<R | typeof SUPERSEDED> {
  let onItsWay: Promise<unknown> | null = null;
  let latest = 0;
  return async (argument) => {
    const call = ++latest;
    while (onItsWay) {
      await onItsWay.catch(() => undefined);
      if (call !== latest) return SUPERSEDED;
    }
    const request = ask(argument);
    onItsWay = request;
    try {
      return await request;
    } finally {
      onItsWay = null;
    }
  };
}
