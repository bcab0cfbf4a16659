/**
 * App-wide security settings: every permission request is refused (the show needs none), and
 * every web contents, however created, is kept on the app.
 */
import { app, session } from 'electron'
import { guardNavigation } from './navigation'

export function setupSecurity(devServerUrl?: string): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false)
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, devServerUrl))
}
