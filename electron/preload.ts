import { contextBridge, ipcRenderer } from 'electron';
import { DESK_HOST_IPC_CHANNEL, type DeskHostReply, forwardDeskHost, unwrapDeskHostReply } from '../shared/host/transport';

// The page gets the DeskHost methods and nothing else: no ipcRenderer, no channel names, no Node.
const deskHost = forwardDeskHost(async (method, argument) =>
  unwrapDeskHostReply((await ipcRenderer.invoke(DESK_HOST_IPC_CHANNEL, method, argument)) as DeskHostReply),
);

contextBridge.exposeInMainWorld('deskHost', deskHost);
