#!/usr/bin/env node
// @ts-check
/**
 * `npm run web`: serves the built renderer and the bundled content pack at one origin
 * (http://127.0.0.1:<port>/), the same layout the Electron app's protocol serves, so any browser
 * can show the slideshow. Options: --port=N (default 4173, or $PORT), --host=ADDR,
 * --content=DIR (a content pack; the bundled content when it has problems).
 */
import { createServer } from 'node:http'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import sirv from 'sirv'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (/** @type {string} */ name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const port = Number(arg('port') ?? process.env.PORT ?? 4173)
const host = arg('host') ?? '127.0.0.1'
const rendererDir = join(root, 'out/renderer')
const bundledDir = join(root, 'resources/content')

if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`No build found in ${rendererDir}: run "npm run build" first (or "npm run web").`)
  process.exit(1)
}

/** The same policy the Electron protocol sends (src/main/app-paths.ts). */
const CSP = JSON.parse(
  readFileSync(join(root, 'src/shared/content-security-policy.json'), 'utf8')
).join('; ')

/** @type {import('sirv').Options['setHeaders']} */
const setHeaders = (res) => {
  res.setHeader('Content-Security-Policy', CSP)
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Cache-Control', 'no-cache')
}
// `--content=DIR` shows a content pack when it passes the checker, else the bundled content
// (the same rule as the app; the checker is built with the app into out/main/).
/** @type {{ choosePack: (c: {label: string, dir: string, optional?: boolean}[], e: (d: string) => boolean) => {dir: string, label: string, problems: string[]} }} */
const packs = await import(pathToFileURL(join(root, 'out/main/content-pack.js')).href)
const requested = arg('content')
const choice = packs.choosePack(
  [
    ...(requested ? [{ label: '--content', dir: requested }] : []),
    { label: 'bundled', dir: bundledDir }
  ],
  existsSync
)
for (const problem of choice.problems) console.error(problem)
if (requested) console.log(`Content: ${choice.label} (${choice.dir})`)
const content = sirv(choice.dir, { dev: true, setHeaders })
const app = sirv(rendererDir, { setHeaders, single: false })

const server = createServer((req, res) => {
  const notFound = () => {
    res.statusCode = 404
    res.end('Not found')
  }
  if (req.url?.startsWith('/content/')) {
    req.url = req.url.slice('/content'.length)
    content(req, res, notFound)
  } else app(req, res, notFound)
})

server.listen(port, host, () => {
  console.log(`Slideshow at http://${host}:${port}/  (Ctrl+C to stop)`)
})
