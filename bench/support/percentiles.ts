export interface Figures {
  count: number;
  min: number;
  median: number;
  p95: number;
  max: number;
}

type FigureName = Exclude<keyof Figures, 'count'>;

/** The same rank rule in every bench (the upper middle for an even count), so figures compare. */
export function summarize(times: readonly number[]): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN;
  return { count: sorted.length, min: sorted[0] ?? Number.NaN, median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

/** Fixed decimals when given; otherwise seconds from one second up, and two decimals under 10 ms. */
export function formatMs(ms: number, digits?: number): string {
  if (digits !== undefined) return `${ms.toFixed(digits)} ms`;
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
}

/** "median 1.2 ms, p95 3.4 ms" by default; `show` picks other figures, in its order. */
export function formatFigures(times: readonly number[], options: { show?: readonly FigureName[]; digits?: number } = {}): string {
  const figures = summarize(times);
  return (options.show ?? ['median', 'p95']).map((name) => `${name} ${formatMs(figures[name], options.digits)}`).join(', ');
}
