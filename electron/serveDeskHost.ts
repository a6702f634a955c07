import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { type DeskHost, isDeskHostMethod } from '../shared/host/DeskHost';
import { HostError, hostErrorInfoOf } from '../shared/host/hostError';
import { DESK_HOST_IPC_CHANNEL, type DeskHostReply } from '../shared/host/transport';

/**
 * Answers the preload's calls on the one channel. Only the main frame of our window, showing our
 * own page, may call, and only the DeskHost methods: anything else is refused, not dispatched.
 */
export function serveDeskHost(host: DeskHost, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(DESK_HOST_IPC_CHANNEL, async (event, method: unknown, argument: unknown): Promise<DeskHostReply> => {
    if (!isTrustedSender(event)) return { error: new HostError('request.refused', 'The request did not come from the Precedent Desk window.').info };
    if (!isDeskHostMethod(method)) return { error: new HostError('request.invalid', `Unknown host method "${String(method)}".`).info };
    try {
      const call = host[method] as (argument: unknown) => Promise<unknown>;
      return { result: await call.call(host, argument) };
    } catch (error) {
      console.error(`Host method ${method} failed:`, error);
      return { error: hostErrorInfoOf(error) };
    }
  });
}
