#!/usr/bin/env node
// @ts-check
/**
 * `npm run audit`: Lighthouse (headless) against the built web app served locally, at
 * 1920×1080, in Chinese, in English and in the presenter view. Prints the scores and exits
 * non-zero when one is below its threshold. Needs `npm run build` first.
 * Options: --port=N (default 4188), --categories=accessibility,best-practices.
 * Full reports go to reports/lighthouse-<page>.json.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (/** @type {string} */ name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const port = Number(arg('port') ?? 4188)
const origin = `http://127.0.0.1:${port}/`

/** The least score (0–100) each category must reach; categories without one are only printed. */
const THRESHOLDS = /** @type {Record<string, number>} */ ({ accessibility: 100 })
const categories = (arg('categories') ?? 'accessibility,best-practices').split(',')

/** The pages audited: the show in each language and the presenter view. */
const PAGES = [
  { name: 'show-zh', path: '?idle=86400#/cover' },
  { name: 'show-en', path: '?idle=86400&lang=en#/cover' },
  { name: 'presenter', path: '?presenter#/cover' }
]

/** The screen audited: a 1080p kiosk or projector. */
const SCREEN = { width: 1920, height: 1080, deviceScaleFactor: 1 }

/** Flags for a headless Chromium in CI and kiosks (no sandbox, GPU, network chatter or updates). */
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

/** Milliseconds to wait for the local server to answer. */
const SERVER_START_MS = 20_000

/**
 * Runs a command, resolving to its exit code.
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<number>}
 */
function run(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += String(chunk)))
    child.on('exit', (code) => {
      if (code) process.stderr.write(errors.slice(-2000))
      resolve(code ?? 1)
    })
  })
}

/** Waits until the server answers. */
async function waitForServer() {
  const until = Date.now() + SERVER_START_MS
  while (Date.now() < until) {
    try {
      if ((await fetch(origin)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`the web app did not start at ${origin}`)
}

const chrome = await requireBrowser()
const server = spawn(process.execPath, [join(root, 'scripts/serve.mjs'), `--port=${port}`], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit']
})
let failed = false
try {
  await waitForServer()
  mkdirSync(join(root, 'reports'), { recursive: true })
  console.log(`Lighthouse ${categories.join(', ')} at ${SCREEN.width}×${SCREEN.height} (${chrome})`)
  for (const page of PAGES) {
    const out = join(root, 'reports', `lighthouse-${page.name}.json`)
    const code = await run(
      [
        join(root, 'node_modules/lighthouse/cli/index.js'),
        origin + page.path,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${categories.join(',')}`,
        '--form-factor=desktop',
        '--screenEmulation.mobile=false',
        `--screenEmulation.width=${SCREEN.width}`,
        `--screenEmulation.height=${SCREEN.height}`,
        `--screenEmulation.deviceScaleFactor=${SCREEN.deviceScaleFactor}`,
        '--throttling-method=provided',
        `--chrome-flags=${CHROME_FLAGS.join(' ')}`
      ],
      { ...process.env, CHROME_PATH: chrome }
    )
    if (code) {
      console.log(`  ${page.name.padEnd(10)} Lighthouse failed (exit ${code})`)
      failed = true
      continue
    }
    /** @type {{ categories: Record<string, { score: number | null, auditRefs: { id: string }[] }>, audits: Record<string, { score: number | null, title: string }> }} */
    const report = JSON.parse(readFileSync(out, 'utf8'))
    /** @type {string[]} */
    const why = []
    const scores = categories.map((c) => {
      const category = report.categories[c]
      const score = Math.round((category?.score ?? 0) * 100)
      const min = THRESHOLDS[c]
      const low = min !== undefined && score < min
      if (low) {
        failed = true
        for (const ref of category?.auditRefs ?? []) {
          const audit = report.audits[ref.id]
          if (audit && audit.score !== null && audit.score < 1) why.push(`${c}: ${audit.title}`)
        }
      }
      return `${c} ${score}${low ? ` (below ${min})` : ''}`
    })
    console.log(`  ${page.name.padEnd(10)} ${scores.join('  ')}`)
    for (const line of why) console.log(`    - ${line}`)
  }
} finally {
  server.kill()
}
process.exit(failed ? 1 : 0)
