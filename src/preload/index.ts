/**
 * The renderer's only door to the host: `window.host`, one named function per IPC channel.
 * Runs sandboxed, so this builds to one self-contained CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type {
  AdminAction,
  HostApi,
  HostInfo,
  RendererLogEntry,
  ShowState,
  UnlockResult
} from '@shared/ipc'

const api: HostApi = {
  info: () => ipcRenderer.invoke('host:info') as Promise<HostInfo>,
  log: (entry: RendererLogEntry) => ipcRenderer.send('host:log', entry),
  reportState: (state: ShowState) => ipcRenderer.send('show:state', state),
  adminUnlock: (pin: string) => ipcRenderer.invoke('admin:unlock', pin) as Promise<UnlockResult>,
  adminAction: (action: AdminAction) =>
    ipcRenderer.invoke('admin:action', action) as Promise<boolean>
}

contextBridge.exposeInMainWorld('host', api)
