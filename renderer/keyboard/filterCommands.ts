/** Lower case without accents, so "reglages" finds "Réglages" and "francais" finds "Français". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** The entries whose label holds every word typed, in any order, keeping their order. */
export function filterCommands<T extends { label: string }>(entries: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const label = fold(entry.label);
    return words.every((word) => label.includes(word));
  });
}
