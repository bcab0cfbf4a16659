/**
 * Composition root of the main process: it only wires the feature modules together.
 */
import { join } from 'node:path'
import { app, Menu } from 'electron'
import type { HostInfo, RendererLogEntry } from '@shared/ipc'
import { setupIpc } from './ipc'
import { parseOptions } from './options'
import { registerAppScheme, setupProtocol } from './protocol'
import { createShowWindow } from './window'

const options = parseOptions(process.argv)
for (const problem of options.problems) console.warn(`[options] ${problem}`)

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']

registerAppScheme()
Menu.setApplicationMenu(null)

void app.whenReady().then(() => {
  const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
  setupProtocol({
    renderer: join(import.meta.dirname, '../renderer'),
    content: join(resources, 'content')
  })
  const info: HostInfo = {
    host: 'electron',
    mode: options.mode,
    version: app.getVersion(),
    showOverrides: options.showOverrides
  }
  setupIpc(
    { 'host:info': () => info },
    {
      'host:log': (entry: RendererLogEntry) =>
        console[entry.level](`[renderer] ${String(entry.message).slice(0, 2000)}`)
    },
    devServerUrl
  )
  createShowWindow(options.mode, devServerUrl)
})

app.on('window-all-closed', () => app.quit())
