import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import type { DraftMeta } from '../drafts/useDraftSession';
import type { SharedDraftProvider } from './SharedDraftProvider';

/** What the draft header, the reading rounds and the UN layout set: the same on every co-drafter's desk. */
const SHARED_FIELDS = ['title', 'lang', 'citationStyle', 'rounds', 'documentFields'] as const;
export type SharedSettings = Partial<Pick<DraftMeta, (typeof SHARED_FIELDS)[number]>>;

/** The shared document's map of those settings, beside the text (`root`). */
export const SHARED_SETTINGS_MAP = 'draft-settings';

/** Marks this window's own writes of the settings, so they are not taken for a co-drafter's. */
const WRITTEN_HERE = Symbol('shared settings written here');

/** The settings in `settings` that differ from `meta`. */
export function settingsChange(settings: Y.Map<unknown>, meta: DraftMeta): SharedSettings {
  const change: Record<string, unknown> = {};
  for (const field of SHARED_FIELDS) {
    if (settings.has(field) && !sameValue(settings.get(field), meta[field])) change[field] = settings.get(field);
  }
  return change as SharedSettings;
}

/**
 * Keeps the open draft's settings and the shared document's in step, last writer wins per setting.
 * What the shared document holds wins when the draft opens; after that, a setting changed here is
 * written there. The desk that shared the draft writes them first (so do drafts shared before
 * settings were); a desk that joined only reads them until they arrive, so its own defaults
 * ("Untitled") never overwrite the title the others see. `onRemote` hears what came from elsewhere.
 */
export function useSharedDraftSettings(provider: SharedDraftProvider | null, meta: DraftMeta | null, seeds: boolean, onRemote: (change: SharedSettings) => void): void {
  const metaRef = useRef(meta);
  metaRef.current = meta;
  const onRemoteRef = useRef(onRemote);
  onRemoteRef.current = onRemote;
  const seen = useRef<{ provider: SharedDraftProvider; meta: DraftMeta } | null>(null);

  useEffect(() => {
    if (!provider) return;
    const settings = provider.doc.getMap<unknown>(SHARED_SETTINGS_MAP);
    const apply = () => {
      const change = metaRef.current ? settingsChange(settings, metaRef.current) : {};
      if (Object.keys(change).length > 0) onRemoteRef.current(change);
    };
    const applyRemote = (_events: unknown, transaction: Y.Transaction) => {
      if (transaction.origin !== WRITTEN_HERE) apply();
    };
    apply();
    settings.observeDeep(applyRemote);
    return () => settings.unobserveDeep(applyRemote);
  }, [provider]);

  useEffect(() => {
    if (!provider || !meta) return;
    const previous = seen.current?.provider === provider ? seen.current.meta : null;
    seen.current = { provider, meta };
    const settings = provider.doc.getMap<unknown>(SHARED_SETTINGS_MAP);
    const seeding = previous === null && settings.size === 0 && seeds;
    const changed = SHARED_FIELDS.filter((field) => (seeding ? true : previous !== null && !sameValue(meta[field], previous[field])));
    const toWrite = changed.filter((field) => meta[field] !== undefined && !sameValue(meta[field], settings.get(field)));
    if (toWrite.length === 0) return;
    provider.doc.transact(() => {
      for (const field of toWrite) settings.set(field, meta[field]);
    }, WRITTEN_HERE);
  }, [provider, meta, seeds]);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
