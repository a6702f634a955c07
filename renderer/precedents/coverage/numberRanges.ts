/** [1, 2, 3, 4, 6, 9, 10] → "1–4, 6, 9–10": how a list of meetings reads best. */
export function numberRanges(numbers: readonly number[], formatNumber: (n: number) => string = String): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const first = sorted[i] ?? 0;
    const last = sorted[j] ?? 0;
    ranges.push(first === last ? formatNumber(first) : `${formatNumber(first)}–${formatNumber(last)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}
