#!/usr/bin/env node
// @ts-check
/**
 * Reads the JSON reports the test runners wrote (vitest → reports/vitest.json, Playwright →
 * reports/playwright.json) and prints one line: `N passed, N failed, N skipped`.
 * A missing report counts as one failure, so a runner that never ran cannot look green.
 * Usage: node scripts/test-summary.mjs [exit status of npm test]. Exit code: 0 when nothing
 * failed, else 1.
 */
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0

/** @param {string} file */
function read(file) {
  if (!existsSync(file)) {
    console.error(`test-summary: ${file} is missing (the runner did not finish)`)
    failed += 1
    return null
  }
  return JSON.parse(readFileSync(file, 'utf8'))
}

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += vitest.numFailedTests ?? 0
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
  // A test file that failed to load has no failed tests but did fail.
  for (const file of vitest.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1
  }
}

const playwright = read('reports/playwright.json')
if (playwright) {
  const stats = playwright.stats ?? {}
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0)
  failed += stats.unexpected ?? 0
  skipped += stats.skipped ?? 0
  for (const error of playwright.errors ?? []) {
    console.error(`test-summary: playwright: ${error.message?.split('\n')[0]}`)
    failed += 1
  }
}

// `npm test` failed although no test did: a step outside the runners (typecheck, lint, format,
// build) failed, which must not look green.
const npmTestStatus = Number(process.argv[2] ?? 0)
if (npmTestStatus !== 0 && failed === 0) {
  console.error(
    'test-summary: npm test failed outside the test runners (typecheck, lint, format or build)'
  )
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
