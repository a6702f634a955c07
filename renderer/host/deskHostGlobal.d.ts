import type { DeskHostBridge } from '../../shared/host/transport';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts; absent in the web mode. */
    readonly deskHostBridge?: DeskHostBridge;
  }
}
