import type { DeskHost } from '../../shared/host/DeskHost';
import { DESK_HOST_SOCKET_PATH, DESK_HOST_TOKEN_PARAM, forwardDeskHost, unwrapDeskHostReply } from '../../shared/host/transport';
import { takeAccessToken } from './accessToken';
import { HostSocket } from './HostSocket';
import { createWebDeskHost } from './webDeskHost';

let deskHost: DeskHost | undefined;

/** The host of this window, whichever it is: components call this and nothing else. */
export function getDeskHost(): DeskHost {
  deskHost ??= electronDeskHost() ?? webDeskHost(takeAccessToken() ?? '');
  return deskHost;
}

function electronDeskHost(): DeskHost | null {
  const bridge = window.deskHostBridge;
  return bridge ? forwardDeskHost(async (method, argument) => unwrapDeskHostReply(await bridge[method](argument))) : null;
}

function webDeskHost(token: string): DeskHost {
  const address = new URL(DESK_HOST_SOCKET_PATH, window.location.href);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  address.search = new URLSearchParams({ [DESK_HOST_TOKEN_PARAM]: token }).toString();
  return createWebDeskHost(token, new HostSocket(address.href));
}
