import { useCallback, useContext, useMemo } from 'react';
import type { Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import type { DeskHost } from '../../shared/host/DeskHost';
import type { Invitation } from '../../shared/sync/invitation';
import { SettingsContext } from '../app/settings/SettingsContext';
import { newDraftFile } from '../drafts/newDraftFile';

export const SYNC_USER_NAME_KEY = 'sync.userName';
const LAST_OPEN_DRAFT_KEY = 'draft.lastOpenId';

export interface SharingActions {
  share(server: string, name: string): Promise<void>;
  join(invitation: Invitation, name: string): Promise<void>;
}

interface Options {
  host: DeskHost;
  draft: { id: string; title: string; lang: Lang; citationStyle: CitationStyle } | null;
  untitled: string;
  /** Saves the open draft's file before the page reloads. */
  flushDraft: () => Promise<void>;
}

/**
 * Sharing or joining records the draft's sharing with the host, then reloads the page: the
 * window's Content Security Policy is fixed when it loads, and only a page loaded after the
 * sharing is recorded may connect to that server.
 */
export function useSharingActions({ host, draft, untitled, flushDraft }: Options): SharingActions {
  const settings = useContext(SettingsContext);

  const reloadWith = useCallback(
    async (name: string, openId: string) => {
      settings?.set(SYNC_USER_NAME_KEY, name);
      settings?.set(LAST_OPEN_DRAFT_KEY, openId);
      await settings?.flush();
      await flushDraft();
      window.location.reload();
    },
    [settings, flushDraft],
  );

  const share = useCallback(
    async (server: string, name: string) => {
      if (!draft) return;
      const invitation: Invitation = { server, room: randomKey(18), token: randomKey(32), title: draft.title };
      await host.shareDraft({ id: draft.id, sharing: { invitation, seedFromDraft: true } });
      await reloadWith(name, draft.id);
    },
    [host, draft, reloadWith],
  );

  const join = useCallback(
    async (invitation: Invitation, name: string) => {
      const copy = newDraftFile({ title: invitation.title || untitled, lang: draft?.lang ?? 'fr', citationStyle: draft?.citationStyle ?? 'inline' });
      const saved = await host.saveDraft({ draft: copy });
      if (!saved.saved) throw new Error(saved.conflict.copy);
      await host.shareDraft({ id: copy.id, sharing: { invitation, seedFromDraft: false } });
      await reloadWith(name, copy.id);
    },
    [host, draft, untitled, reloadWith],
  );

  return useMemo(() => ({ share, join }), [share, join]);
}

/** A random, URL-safe key: the room name and its token are never guessed. */
function randomKey(bytes: number): string {
  const random = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...random)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
