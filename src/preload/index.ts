/**
 * The renderer's only door to the host: `window.host`, one named function per IPC channel.
 * Runs sandboxed, so this builds to one self-contained CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { HostApi, HostInfo, RendererLogEntry } from '@shared/ipc'

const api: HostApi = {
  info: () => ipcRenderer.invoke('host:info') as Promise<HostInfo>,
  log: (entry: RendererLogEntry) => ipcRenderer.send('host:log', entry)
}

contextBridge.exposeInMainWorld('host', api)
