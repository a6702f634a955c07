import { useEffect, useState } from 'react';

/** At most this long behind the value, even while the window is never idle (typing on). */
const LONGEST_WAIT_MS = 300;

// Safari has no idle callbacks: a moment's timeout stands in for them.
const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: LONGEST_WAIT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 1);
  return () => clearTimeout(handle);
};

/**
 * The value, taken up once the window is idle: what it renders (the sidebar's counts) never
 * delays the frame that shows what changed first (the rows of a new result).
 */
export function useIdleValue<T>(value: T): T {
  const [idle, setIdle] = useState(value);
  useEffect(() => whenIdle(() => setIdle(() => value)), [value]);
  return idle;
}
