#!/usr/bin/env node
// @ts-check
/**
 * `npm run web`: serves the built renderer and the bundled content pack at one origin
 * (http://127.0.0.1:<port>/), the same layout the Electron app's protocol serves, so any browser
 * can show the slideshow. Options: --port=N (default 4173, or $PORT), --host=ADDR,
 * --content=DIR or a bare DIR (a content pack; the bundled content when it has problems), so
 * `npm run preview -- DIR` shows a pack.
 *
 * From the pack it serves exactly what the Electron protocol serves: `deck.json` and the media
 * types the schema allows, confined to the pack by real path, decided by the one function both
 * hosts and the checker share (`resolvePackFile`, built with the app into out/main/).
 */
import { createServer } from 'node:http'
import { createReadStream, existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import sirv from 'sirv'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
/** @type {{ port?: string, host?: string, content?: string }} */
let flags = {}
try {
  const parsed = parseArgs({
    options: { port: { type: 'string' }, host: { type: 'string' }, content: { type: 'string' } },
    allowPositionals: true
  })
  if (parsed.positionals.length > 1 || (parsed.positionals.length && parsed.values.content))
    throw new Error('one content pack at a time')
  flags = { ...parsed.values, content: parsed.values.content ?? parsed.positionals[0] }
} catch (err) {
  console.error(`${/** @type {Error} */ (err).message}
usage: npm run web -- [--port=N] [--host=ADDR] [--content=DIR]   (or: npm run preview -- DIR)`)
  process.exit(2)
}
const port = Number(flags.port ?? process.env.PORT ?? 4173)
const host = flags.host ?? '127.0.0.1'
const rendererDir = join(root, 'out/renderer')
const bundledDir = join(root, 'resources/content')
const packModule = join(root, 'out/main/content-pack.js')

if (!existsSync(join(rendererDir, 'index.html')) || !existsSync(packModule)) {
  console.error(
    `No build found in ${join(root, 'out')}: run "npm run build" first (or "npm run web").`
  )
  process.exit(1)
}

/** @type {typeof import('../src/main/content-pack')} */
const packs = await import(pathToFileURL(packModule).href)

/**
 * The origin a request was made to, for the page policy (scripts only from `<origin>/assets/`):
 * its Host header when that is a plain host name or address, else the address we listen on.
 * @param {import('node:http').IncomingMessage | undefined} req
 */
const originOf = (req) => {
  const named = req?.headers.host ?? ''
  const fallback = host.includes(':') ? `[${host}]:${boundPort()}` : `${host}:${boundPort()}`
  return `http://${/^(?:[\w.-]+|\[[\da-f:.]+\])(?::\d{1,5})?$/i.test(named) ? named : fallback}`
}

/**
 * Headers of the app's own files.
 * @param {import('node:http').ServerResponse} res
 */
const pageHeaders = (res) => {
  // The same page policy the Electron protocol sends, for this server's origin.
  res.setHeader('Content-Security-Policy', packs.pageContentSecurityPolicy(originOf(res.req)))
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Cache-Control', 'no-cache')
}
/** @type {import('sirv').Options['setHeaders']} */
const setHeaders = (res) => pageHeaders(res)
// `--content=DIR` shows a content pack when it passes the checker (run on a worker thread), else
// the bundled content: the same rule as the app.
const requested = flags.content
const choice = await packs.choosePackInWorker(
  [
    ...(requested ? [{ label: '--content', dir: requested }] : []),
    { label: 'bundled', dir: bundledDir }
  ],
  existsSync
)
for (const problem of choice.problems) console.error(problem)
if (requested) console.log(`Content: ${choice.label} (${choice.dir})`)
const app = sirv(rendererDir, { setHeaders, single: false })

/**
 * Serves one file of the pack, `path` being the raw URL path after `/content/`; 404 for anything
 * the pack may not serve.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} path
 */
function servePack(req, res, path) {
  let decoded
  try {
    decoded = decodeURIComponent(path.split(/[?#]/)[0] ?? '')
  } catch {
    decoded = ''
  }
  const found = decoded.includes('\0') ? null : packs.resolvePackFile(choice.dir, decoded)
  if (!found?.ok) {
    res.writeHead(404).end('Not found')
    return
  }
  res.writeHead(200, {
    'Content-Type': found.type,
    'Content-Length': found.size,
    ...packs.PACK_RESPONSE_HEADERS
  })
  if (req.method === 'HEAD') res.end()
  else
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res)
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  const url = req.url ?? '/'
  if (url.startsWith('/content/')) servePack(req, res, url.slice('/content/'.length))
  else if (/^\/(index(\.html)?)?(\?|$)/.test(url)) {
    // The page, with its prerendered first frame only when it was drawn from the deck served.
    pageHeaders(res)
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    if (req.method === 'HEAD') res.end()
    else
      void packs
        .servedPage(readFileSync(join(rendererDir, 'index.html'), 'utf8'), choice.dir, true)
        .then((page) => res.end(page))
  } else
    app(req, res, () => {
      res.writeHead(404).end('Not found')
    })
})

/** The port actually bound (`--port=0` lets the system choose one, as the e2e tests do). */
function boundPort() {
  const address = server.address()
  return typeof address === 'object' && address ? address.port : port
}

server.listen(port, host, () => {
  console.log(`Slideshow at http://${host}:${boundPort()}/  (Ctrl+C to stop)`)
})
