// The sandboxed preload: exposes named calls only (never ipcRenderer itself). Each call must name
// an allow-listed channel; the gateway in the main process validates its arguments.
import { contextBridge, ipcRenderer } from 'electron';
import { ALL_CHANNELS, IPC_EVENT, IPC_INVOKE } from '@shared/bridge/channels';

const allowed = new Set<string>(ALL_CHANNELS);

contextBridge.exposeInMainWorld('corroborateDesktop', {
  invoke(channel: string, args: unknown): Promise<unknown> {
    if (!allowed.has(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(IPC_INVOKE, channel, args);
  },
  onEvent(listener: (event: unknown) => void): () => void {
    const handle = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_EVENT, handle);
    return () => ipcRenderer.removeListener(IPC_EVENT, handle);
  },
});
