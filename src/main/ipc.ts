/**
 * The IPC hub: one handler per channel of the shared contract, each refusing messages from
 * frames the app did not load.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import type { InvokeChannels, SendChannels } from '@shared/ipc'
import { isTrustedSender } from './navigation'

type Handlers = {
  [C in keyof InvokeChannels]: (
    ...args: InvokeChannels[C]['request']
  ) => InvokeChannels[C]['response'] | Promise<InvokeChannels[C]['response']>
}
type Listeners = { [C in keyof SendChannels]: (...args: SendChannels[C]) => void }

/** Registers every channel of the contract. */
export function setupIpc(handlers: Handlers, listeners: Listeners, devServerUrl?: string): void {
  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean =>
    isTrustedSender(event.senderFrame, devServerUrl)
  for (const channel of Object.keys(handlers) as (keyof InvokeChannels)[]) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!trusted(event)) throw new Error(`refused ${channel} from ${event.senderFrame?.url}`)
      return (handlers[channel] as (...a: unknown[]) => unknown)(...args)
    })
  }
  for (const channel of Object.keys(listeners) as (keyof SendChannels)[]) {
    ipcMain.on(channel, (event, ...args: unknown[]) => {
      if (!trusted(event)) return
      ;(listeners[channel] as (...a: unknown[]) => void)(...args)
    })
  }
}
