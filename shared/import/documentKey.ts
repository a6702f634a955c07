import type { ImportMetadata } from './model';

/**
 * Key of an imported document that starts a new entry: its symbol, else a short key like the
 * bundled 2022 report's (`WG.7-2023`, `COP-8/2`), made unique with the library id if taken.
 */
export function documentKey(metadata: ImportMetadata, libraryId: string, isTaken: (key: string) => boolean): string {
  if (metadata.symbol) return metadata.symbol;
  const base = metadata.number ? `COP-${metadata.number}` : `${metadata.body === 'wg' ? 'WG.7' : 'COP'}-${metadata.year ?? 'undated'}`;
  return isTaken(base) ? `${base}-${libraryId.slice(0, 8)}` : base;
}
