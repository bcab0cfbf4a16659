import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findBrowserHere } from './scripts/find-browser.mjs'

/**
 * The browser the tests drive: CHROMIUM_PATH, else Playwright's own Chromium, else a system
 * Chromium, Chrome or Edge (scripts/find-browser.mjs). Resolved once by the runner and handed to
 * its workers through CHROMIUM_PATH; with none, the run stops here with the command that fixes it.
 */
const found = await findBrowserHere()
if (!found.ok) {
  console.error(found.message)
  process.exit(1)
}
if (!process.env['E2E_BROWSER_ANNOUNCED']) {
  console.log(`Browser for the e2e tests: ${found.browser.path} (${found.browser.source})`)
  process.env['E2E_BROWSER_ANNOUNCED'] = '1'
}
process.env['CHROMIUM_PATH'] = found.browser.path
const CHROMIUM_PATH = found.browser.path
const PORT = Number(process.env['E2E_PORT'] ?? 4179)

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env['CI_REPORT']
    ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--disable-quic']
    },
    trace: 'off'
  },
  webServer: {
    command: `node scripts/serve.mjs --port=${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000
  },
  projects: [
    {
      name: 'landscape',
      testIgnore: /electron\.spec\.ts/,
      use: { viewport: { width: 1920, height: 1080 } }
    },
    {
      name: 'portrait',
      // Content packs start their own server; one viewport is enough for them.
      testIgnore: /electron\.spec\.ts|screenshots\.spec\.ts|packs\.spec\.ts/,
      use: { viewport: { width: 1080, height: 1920 } }
    },
    { name: 'electron', testMatch: /electron\.spec\.ts/ }
  ]
})
