/**
 * The main process's IPC edge, typed from the one channel map in `@shared/ipc`: `handle()` for
 * request/response channels, `on()` for one-way messages from a renderer, `push()` for messages
 * to a window. Every incoming message is checked here, once: it must come from the top frame of
 * the app's own page (not a foreign page, another file of the origin or a sub-frame). A renamed
 * channel or a changed argument fails the type check at both edges.
 */
import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { InvokeChannels, PushChannels, SendChannels } from '@shared/ipc'
import { isTrustedSender } from './navigation'

/** Who sent a message. */
export interface IpcContext {
  /** `webContents.id` of the sending window. */
  senderId: number
}

let devServer: string | undefined

/** Lets messages from the dev server's page in while developing (never in a packaged build). */
export function trustDevServer(url: string | undefined): void {
  devServer = url
}

const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean =>
  isTrustedSender(event.senderFrame, devServer)

/** Answers a request/response channel; refuses (throws to the caller) untrusted senders. */
export function handle<C extends keyof InvokeChannels>(
  channel: C,
  handler: (
    context: IpcContext,
    ...args: InvokeChannels[C]['request']
  ) => InvokeChannels[C]['response'] | Promise<InvokeChannels[C]['response']>
): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    if (!trusted(event)) throw new Error(`refused ${channel} from ${event.senderFrame?.url}`)
    // The arguments are typed as declared, but come from a renderer: handlers validate what they use.
    return handler({ senderId: event.sender.id }, ...(args as InvokeChannels[C]['request']))
  })
}

/** Listens on a one-way channel; ignores untrusted senders. */
export function on<C extends keyof SendChannels>(
  channel: C,
  listener: (context: IpcContext, ...args: SendChannels[C]) => void
): void {
  ipcMain.on(channel, (event, ...args: unknown[]) => {
    if (!trusted(event)) return
    listener({ senderId: event.sender.id }, ...(args as SendChannels[C]))
  })
}

/** Sends a message to a window's page, unless the window is gone. */
export function push<C extends keyof PushChannels>(
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
  channel: C,
  ...args: PushChannels[C]
): void {
  if (!contents.isDestroyed()) contents.send(channel, ...args)
}
