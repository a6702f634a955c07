import { useCallback, useEffect, useRef, useState } from 'react';

/** Copies text and remembers for a moment that it did, so the button can say so. */
export function useClipboard(resetAfterMs = 2000): { copied: boolean; failed: boolean; copy(text: string): void } {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const copy = useCallback(
    (text: string) => {
      const settle = (next: 'copied' | 'failed') => {
        setState(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => setState('idle'), resetAfterMs);
      };
      navigator.clipboard.writeText(text).then(
        () => settle('copied'),
        () => settle('failed'),
      );
    },
    [resetAfterMs],
  );
  return { copied: state === 'copied', failed: state === 'failed', copy };
}
