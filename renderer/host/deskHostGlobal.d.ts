import type { DeskHost } from '../../shared/host/DeskHost';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts; absent in the web mode. */
    readonly deskHost?: DeskHost;
  }
}
