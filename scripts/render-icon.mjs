#!/usr/bin/env node
// @ts-check
/**
 * `npm run icons`: renders build/icon.svg to build/icon.png (1024×1024, transparent corners) in
 * Chromium; electron-builder derives the Windows .ico and the macOS .icns from that PNG.
 * Options: --size=N and --out=FILE render a preview instead (`--size=64 --out=/tmp/icon-64.png`).
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { requireBrowser } from './find-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const arg = (/** @type {string} */ name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const size = Number(arg('size') ?? 1024)
const out = resolve(arg('out') ?? join(root, 'build/icon.png'))
if (!Number.isInteger(size) || size < 16 || size > 4096) {
  console.error(`--size must be a whole number of pixels from 16 to 4096, not ${arg('size')}`)
  process.exit(1)
}

const svg = readFileSync(join(root, 'build/icon.svg'), 'utf8')
const html = `<!doctype html><html><head><style>
  html, body { margin: 0; background: transparent; }
  svg { display: block; width: ${size}px; height: ${size}px; }
</style></head><body>${svg}</body></html>`

const browser = await chromium.launch({
  executablePath: await requireBrowser(),
  args: ['--no-sandbox', '--disable-gpu']
})
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } })
  await page.setContent(html)
  await page.screenshot({
    path: out,
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size }
  })
  console.log(`${out} (${size}×${size})`)
} finally {
  await browser.close()
}
