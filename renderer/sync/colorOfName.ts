const CURSOR_COLORS = ['#b3261e', '#1b6e3a', '#1a4fa0', '#8a4b00', '#6b2c91', '#006a6a', '#a0185f'];

/** A co-drafter's caret colour, the same for one name on every screen. */
export function colorOfName(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return CURSOR_COLORS[hash % CURSOR_COLORS.length]!;
}
