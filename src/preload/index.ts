/**
 * The renderer's only door to the host: `window.host`, one named function per IPC channel, each
 * typed from the one channel map (`@shared/ipc`) through `invoke()` and `send()`, so a renamed
 * channel or argument fails the type check here and in main. Runs sandboxed, so this builds to
 * one self-contained CommonJS file.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type {
  HostApi,
  InvokeChannels,
  PresentationState,
  PushChannels,
  SendChannels
} from '@shared/ipc'

/** Asks main on a request/response channel. */
function invoke<C extends keyof InvokeChannels>(
  channel: C,
  ...args: InvokeChannels[C]['request']
): Promise<InvokeChannels[C]['response']> {
  return ipcRenderer.invoke(channel, ...args)
}

/** Tells main on a one-way channel. */
function send<C extends keyof SendChannels>(channel: C, ...args: SendChannels[C]): void {
  ipcRenderer.send(channel, ...args)
}

/** Listens to what main pushes; only the payload reaches the page, never the IPC event. */
function listen<C extends keyof PushChannels>(
  channel: C,
  listener: (...args: PushChannels[C]) => void
): () => void {
  const handler = (_event: IpcRendererEvent, ...args: PushChannels[C]) => listener(...args)
  ipcRenderer.on(channel, handler)
  return () => ipcRenderer.removeListener(channel, handler)
}

const api: HostApi = {
  info: () => invoke('host:info'),
  log: (entry) => send('host:log', entry),
  reportState: (state) => send('show:state', state),
  adminUnlock: (pin) => invoke('admin:unlock', pin),
  adminAction: (action) => invoke('admin:action', action),
  adminLock: () => send('admin:lock'),
  presenterGet: () => invoke('presenter:get'),
  presenterSet: (state) => send('presenter:set', state),
  onPresenterState: (listener: (state: PresentationState) => void) =>
    listen('presenter:state', listener),
  presenterQuit: () => send('presenter:quit'),
  exportPdf: (lang, notes) => invoke('pdf:export', lang, notes),
  printReady: () => send('pdf:ready'),
  recordAnalytics: (events) => send('analytics:record', events),
  analyticsStatus: (range) => invoke('analytics:status', range),
  exportAnalytics: (range) => invoke('analytics:export', range)
}

contextBridge.exposeInMainWorld('host', api)
