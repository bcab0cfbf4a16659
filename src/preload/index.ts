/**
 * The renderer's only door to the host: `window.host`, one named function per IPC channel.
 * Runs sandboxed, so this builds to one self-contained CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AnalyticsEvent } from '@shared/analytics'
import type {
  AdminAction,
  AnalyticsStatusReply,
  HostApi,
  HostInfo,
  PresentationState,
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
    ipcRenderer.invoke('admin:action', action) as Promise<boolean>,
  adminLock: () => ipcRenderer.send('admin:lock'),
  presenterGet: () => ipcRenderer.invoke('presenter:get') as Promise<PresentationState | null>,
  presenterSet: (state: PresentationState) => ipcRenderer.send('presenter:set', state),
  onPresenterState: (listener: (state: PresentationState) => void) => {
    // Only the state reaches the page, never the IPC event (which would expose the sender).
    const handler = (_event: IpcRendererEvent, state: PresentationState) => listener(state)
    ipcRenderer.on('presenter:state', handler)
    return () => ipcRenderer.removeListener('presenter:state', handler)
  },
  exportPdf: (lang: 'zh' | 'en') =>
    ipcRenderer.invoke('presenter:export-pdf', lang) as Promise<string | null>,
  printReady: () => ipcRenderer.send('print:ready'),
  recordAnalytics: (events: AnalyticsEvent[]) => ipcRenderer.send('analytics:record', events),
  analyticsStatus: () =>
    ipcRenderer.invoke('analytics:status') as Promise<AnalyticsStatusReply | null>,
  exportAnalytics: () => ipcRenderer.invoke('analytics:export') as Promise<string | null>
}

contextBridge.exposeInMainWorld('host', api)
