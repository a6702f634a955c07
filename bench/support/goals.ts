import { formatMs } from './percentiles';

const misses: string[] = [];

/**
 * How a figure stands against its printed goal: "goal < 16 ms: met", or "MISSES its goal < 16 ms",
 * which is also listed when the run ends (and makes `npm run bench` exit 1).
 */
export function againstGoal(what: string, ms: number, goalMs: number): string {
  if (ms < goalMs) return `goal < ${formatMs(goalMs, 0)}: met`;
  misses.push(`${what}: ${formatMs(ms)}, goal < ${formatMs(goalMs, 0)}`);
  return `MISSES its goal < ${formatMs(goalMs, 0)}`;
}

export function missedGoals(): readonly string[] {
  return misses;
}

/** Like againstGoal, for a score that must reach its goal (accuracy, F1). */
export function againstScore(what: string, value: number, goal: number): string {
  if (value >= goal) return `goal ≥ ${goal}: met`;
  misses.push(`${what}: ${value.toFixed(3)}, goal ≥ ${goal}`);
  return `MISSES its goal ≥ ${goal}`;
}
