/**
 * The IPC hub: one handler per channel of the shared contract, each refusing messages from
 * frames the app did not load, and each told which window sent the message.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import type { InvokeChannels, SendChannels } from '@shared/ipc'
import { isTrustedSender } from './navigation'

/** Who sent a message. */
export interface IpcContext {
  /** `webContents.id` of the sending window. */
  senderId: number
}

type Handlers = {
  [C in keyof InvokeChannels]: (
    context: IpcContext,
    ...args: InvokeChannels[C]['request']
  ) => InvokeChannels[C]['response'] | Promise<InvokeChannels[C]['response']>
}
type Listeners = {
  [C in keyof SendChannels]: (context: IpcContext, ...args: SendChannels[C]) => void
}

/** Registers every channel of the contract. */
export function setupIpc(handlers: Handlers, listeners: Listeners, devServerUrl?: string): void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean =>
    isTrustedSender(event.senderFrame, devServerUrl)
  for (const channel of Object.keys(handlers) as (keyof InvokeChannels)[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!trusted(event)) throw new Error(`refused ${channel} from ${event.senderFrame?.url}`)
      const handler = handlers[channel] as (context: IpcContext, ...a: unknown[]) => unknown
      return handler({ senderId: event.sender.id }, ...args)
    })
  }
  for (const channel of Object.keys(listeners) as (keyof SendChannels)[]) {
    ipcMain.on(channel, (event, ...args: unknown[]) => {
      if (!trusted(event)) return
      const listener = listeners[channel] as (context: IpcContext, ...a: unknown[]) => void
      listener({ senderId: event.sender.id }, ...args)
    })
  }
}
