import { DESK_HOST_TOKEN_PARAM } from '../../shared/host/transport';

/** Per tab: survives a reload, never sent with requests by itself (unlike a cookie), gone with the tab. */
const SESSION_KEY = 'precedent-desk.accessToken';

/** What the token needs of the window; a plain object in tests. */
export interface TokenPlace {
  location: { href: string };
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The web mode's access token. The printed address carries it (`?token=`): it is kept for the
 * tab's session and taken out of the address bar at once, so it does not stay in the browser's
 * history or in a copied address; a reload then finds it in the session. Null without one: the
 * server then refuses every call, and the window says so in its own language.
 */
export function takeAccessToken(place: TokenPlace = window): string | null {
  const url = new URL(place.location.href);
  const fromAddress = url.searchParams.get(DESK_HOST_TOKEN_PARAM);
  if (fromAddress) {
    place.sessionStorage.setItem(SESSION_KEY, fromAddress);
    url.searchParams.delete(DESK_HOST_TOKEN_PARAM);
    place.history.replaceState(place.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  return place.sessionStorage.getItem(SESSION_KEY) || null;
}
