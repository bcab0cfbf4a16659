/**
 * Finds the Chromium-family browser that the end-to-end tests, the benchmark, the icon renderer
 * and the accessibility audit drive, the way developers expect on Linux, macOS and Windows:
 *
 *   1. `CHROMIUM_PATH` (an explicit choice always wins, and must exist);
 *   2. the Chromium that `npx playwright install chromium` put in Playwright's cache;
 *   3. a system Chromium, Chrome or Edge at the standard install paths of the platform.
 *
 * Pure over its inputs (platform, environment, a file-exists probe and Playwright's own path), so
 * the order and the messages are unit-tested with fake file systems.
 */

/**
 * Flags for the headless Chromium of the tests, the benchmark and the audit: no sandbox (root in
 * CI), no GPU, no network chatter, updates or first-run screens (the machines have no network).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/**
 * @typedef {object} BrowserFound
 * @property {string} path      executable to launch
 * @property {string} source    where it came from, for the one line the test run prints
 */

/**
 * @typedef {object} FindBrowserInput
 * @property {NodeJS.Platform} platform                 `process.platform`
 * @property {Record<string, string | undefined>} env   `process.env`
 * @property {(path: string) => boolean} exists         true when an executable file is there
 * @property {() => string | undefined} playwrightPath  Playwright's managed Chromium, if it knows one
 * @property {string} [home]                            the user's home folder (macOS ~/Applications)
 */

/**
 * Standard install paths of system browsers, most specific first: Chromium before Chrome before
 * Edge, since the tests were written against Chromium.
 * @param {NodeJS.Platform} platform
 * @param {Record<string, string | undefined>} env
 * @param {string | undefined} home
 * @returns {{ path: string, name: string }[]}
 */
export function systemBrowserPaths(platform, env, home) {
  if (platform === 'darwin') {
    const apps = [
      ['Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
      ['Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
      ['Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
    ]
    const roots = ['/Applications', ...(home ? [`${home}/Applications`] : [])]
    return apps.flatMap(([name, app]) =>
      roots.map((root) => ({ name: String(name), path: `${root}/${app}` }))
    )
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(
      /** @returns {r is string} */ (r) => typeof r === 'string' && r.length > 0
    )
    const apps = [
      ['Chromium', 'Chromium\\Application\\chrome.exe'],
      ['Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
      ['Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe']
    ]
    return apps.flatMap(([name, app]) =>
      roots.map((root) => ({ name: String(name), path: `${root}\\${app}` }))
    )
  }
  // Linux and the BSDs: distribution packages, Snap, Google's and Microsoft's packages.
  return [
    { name: 'Chromium', path: '/usr/bin/chromium' },
    { name: 'Chromium', path: '/usr/bin/chromium-browser' },
    { name: 'Chromium', path: '/snap/bin/chromium' },
    { name: 'Google Chrome', path: '/usr/bin/google-chrome-stable' },
    { name: 'Google Chrome', path: '/usr/bin/google-chrome' },
    { name: 'Google Chrome', path: '/opt/google/chrome/chrome' },
    { name: 'Microsoft Edge', path: '/usr/bin/microsoft-edge-stable' },
    { name: 'Microsoft Edge', path: '/usr/bin/microsoft-edge' },
    { name: 'Microsoft Edge', path: '/opt/microsoft/msedge/msedge' }
  ]
}

/**
 * The one command that gets a browser on this platform.
 * @param {NodeJS.Platform} platform
 */
export function installHint(platform) {
  if (platform === 'linux')
    return 'npx playwright install chromium (or your distribution\'s package, e.g. "sudo apt-get install chromium")'
  return 'npx playwright install chromium'
}

/**
 * Resolves the browser, or explains in one line why there is none.
 * @param {FindBrowserInput} input
 * @returns {{ ok: true, browser: BrowserFound } | { ok: false, message: string }}
 */
export function findBrowser(input) {
  const { platform, env, exists, playwrightPath, home } = input
  const explicit = env['CHROMIUM_PATH']
  if (explicit) {
    if (exists(explicit)) return { ok: true, browser: { path: explicit, source: 'CHROMIUM_PATH' } }
    return {
      ok: false,
      message: `CHROMIUM_PATH is set to "${explicit}", but no browser is there. Fix the path, or unset it and run: ${installHint(platform)}`
    }
  }
  let managed
  try {
    managed = playwrightPath()
  } catch {
    managed = undefined
  }
  if (managed && exists(managed))
    return { ok: true, browser: { path: managed, source: "Playwright's Chromium" } }
  for (const candidate of systemBrowserPaths(platform, env, home)) {
    if (exists(candidate.path))
      return { ok: true, browser: { path: candidate.path, source: `system ${candidate.name}` } }
  }
  return {
    ok: false,
    message: `No Chromium, Chrome or Edge found for the browser tests. Run: ${installHint(platform)}; or set CHROMIUM_PATH to a Chromium-family browser.`
  }
}

/**
 * `findBrowser` on this machine: the real environment, file system and Playwright install.
 * @returns {Promise<ReturnType<typeof findBrowser>>}
 */
export async function findBrowserHere() {
  const { accessSync, constants, statSync } = await import('node:fs')
  const { homedir } = await import('node:os')
  /** @param {string} path */
  const exists = (path) => {
    try {
      if (!statSync(path).isFile()) return false
      if (process.platform !== 'win32') accessSync(path, constants.X_OK)
      return true
    } catch {
      return false
    }
  }
  /** @type {string | undefined} */
  let managed
  try {
    const { chromium } = await import('@playwright/test')
    managed = chromium.executablePath()
  } catch {
    managed = undefined
  }
  return findBrowser({
    platform: process.platform,
    env: process.env,
    exists,
    playwrightPath: () => managed,
    home: homedir()
  })
}

/**
 * For scripts: the browser's path, or the one-line message and exit code 1.
 * @returns {Promise<string>}
 */
export async function requireBrowser() {
  const found = await findBrowserHere()
  if (!found.ok) {
    console.error(found.message)
    process.exit(1)
  }
  return found.browser.path
}
