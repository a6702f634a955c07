import { contextBridge, ipcRenderer } from 'electron';
import { bridgeDeskHost, DESK_HOST_IPC_CHANNEL, type DeskHostReply } from '../shared/host/transport';

// The page gets the DeskHost methods and nothing else: no ipcRenderer, no channel names, no Node.
// They answer with replies, not thrown errors, so a host error's code survives the bridge.
const deskHostBridge = bridgeDeskHost(async (method, argument) => (await ipcRenderer.invoke(DESK_HOST_IPC_CHANNEL, method, argument)) as DeskHostReply);

contextBridge.exposeInMainWorld('deskHostBridge', deskHostBridge);
