import { useEffect, useMemo, useState } from 'react';
import { latestOnly, SUPERSEDED } from '../precedents/results/latestOnly';

export interface HostAnswer<Answer> {
  /** The answer to the latest request answered; null until the first comes. */
  answer: Answer | null;
  /** Whether it answers the request as it is now (false while the next answer is on its way). */
  current: boolean;
}

/**
 * The host's answer to a request that changes as the user corrects a preview: asked again when the
 * request's content changes, one call at a time and only the latest (typing never queues a call per
 * key); the previous answer stays shown meanwhile. A failure is thrown while rendering, for the
 * HostErrorBoundary above. `ask` must keep its identity (a useCallback).
 */
export function useHostAnswer<Request, Answer>(ask: (request: Request) => Promise<Answer>, request: Request): HostAnswer<Answer> {
  const key = JSON.stringify(request);
  const latest = useMemo(() => latestOnly(ask), [ask]);
  const [answered, setAnswered] = useState<{ key: string; answer: Answer } | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;

  useEffect(() => {
    let replaced = false;
    latest(request).then(
      (answer) => {
        if (!replaced && answer !== SUPERSEDED) setAnswered({ key, answer });
      },
      (error: unknown) => {
        if (!replaced) setFailure({ error });
      },
    );
    return () => {
      replaced = true;
    };
    // The key stands for the request's content.
  }, [latest, key]);

  return { answer: answered?.answer ?? null, current: answered?.key === key };
}
