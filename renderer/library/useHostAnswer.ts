import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HostErrorInfo } from '../../shared/host/hostError';
import { toHostErrorInfo } from '../messages/hostErrorInfo';
import { latestOnly, SUPERSEDED } from '../precedents/results/latestOnly';

export interface HostAnswer<Answer> {
  /** The answer to the latest request answered; null until the first comes. */
  answer: Answer | null;
  /** Whether it answers the request as it is now (false while the next answer is on its way). */
  current: boolean;
  /** Why the request as it is now failed; gone once it is asked again (a correction, or `retry`). */
  failure: HostErrorInfo | null;
  /** Asks the request as it is now again. */
  retry(): void;
}

/**
 * The host's answer to a request that changes as the user corrects a preview: asked again when the
 * request's content changes, one call at a time and only the latest (typing never queues a call per
 * key); the previous answer stays shown meanwhile. A failure is returned, not thrown: the preview
 * stays, with the user's corrections, beside the message. `ask` must keep its identity (a useCallback).
 */
export function useHostAnswer<Request, Answer>(ask: (request: Request) => Promise<Answer>, request: Request): HostAnswer<Answer> {
  const key = JSON.stringify(request);
  const latest = useMemo(() => latestOnly(ask), [ask]);
  const [attempt, setAttempt] = useState(0);
  const [answered, setAnswered] = useState<{ key: string; answer: Answer } | null>(null);
  const [failed, setFailed] = useState<{ key: string; attempt: number; error: HostErrorInfo } | null>(null);

  useEffect(() => {
    let replaced = false;
    latest(request).then(
      (answer) => {
        if (!replaced && answer !== SUPERSEDED) setAnswered({ key, answer });
      },
      (error: unknown) => {
        if (!replaced) setFailed({ key, attempt, error: toHostErrorInfo(error) });
      },
    );
    return () => {
      replaced = true;
    };
    // The key stands for the request's content.
  }, [latest, key, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const failure = failed?.key === key && failed.attempt === attempt ? failed.error : null;
  return { answer: answered?.answer ?? null, current: answered?.key === key, failure, retry };
}
