import { summarize } from './percentiles';

/**
 * How sure a difference of p95 between two samples is: the 2.5th and 97.5th percentiles of the
 * difference over `resamples` resamplings with replacement (a percentile bootstrap), with a fixed
 * seed so a run's figures can be given again.
 */
export function p95DifferenceInterval(a: readonly number[], b: readonly number[], resamples = 2000, seed = 1): { low: number; high: number } {
  let state = seed >>> 0 || 1;
  // xorshift32: enough randomness for resampling, and the same on every run.
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const resample = (values: readonly number[]) => Array.from(values, () => values[Math.floor(random() * values.length)]!);
  const differences = Array.from({ length: resamples }, () => summarize(resample(b)).p95 - summarize(resample(a)).p95).sort((x, y) => x - y);
  return { low: differences[Math.floor(0.025 * resamples)]!, high: differences[Math.floor(0.975 * resamples)]! };
}
