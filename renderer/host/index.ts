import type { DeskHost } from '../../shared/host/DeskHost';
import { takeAccessToken } from './accessToken';
import { createHttpDeskHost } from './httpDeskHost';

let deskHost: DeskHost | undefined;

/** The host of this window, whichever it is: components call this and nothing else. */
export function getDeskHost(): DeskHost {
  deskHost ??= window.deskHost ?? createHttpDeskHost(takeAccessToken());
  return deskHost;
}
