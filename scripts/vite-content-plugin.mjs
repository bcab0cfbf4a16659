// @ts-check
import sirv from 'sirv'

/**
 * Serves the bundled content pack at `/content/` from the dev server, the same path the Electron
 * protocol and `npm run web` serve it at, so one renderer bundle fetches content the same way in
 * every host.
 * @param {string} dir absolute path of the content pack folder
 * @returns {import('vite').Plugin}
 */
export function contentDevServer(dir) {
  return {
    name: 'content-dev-server',
    configureServer(server) {
      server.middlewares.use('/content', sirv(dir, { dev: true }))
    }
  }
}
