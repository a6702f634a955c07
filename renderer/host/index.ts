import type { DeskHost } from '../../shared/host/DeskHost';
import { forwardDeskHost, unwrapDeskHostReply } from '../../shared/host/transport';
import { takeAccessToken } from './accessToken';
import { createHttpDeskHost } from './httpDeskHost';

let deskHost: DeskHost | undefined;

/** The host of this window, whichever it is: components call this and nothing else. */
export function getDeskHost(): DeskHost {
  deskHost ??= electronDeskHost() ?? createHttpDeskHost(takeAccessToken() ?? '');
  return deskHost;
}

function electronDeskHost(): DeskHost | null {
  const bridge = window.deskHostBridge;
  return bridge ? forwardDeskHost(async (method, argument) => unwrapDeskHostReply(await bridge[method](argument))) : null;
}
