/**
 * `npm run content:check -- DIR [--public-key NAME.pub]`: checks a content pack and prints every
 * problem as `file: json-path: what is wrong` (exit 1), or a one-line summary (exit 0); with a
 * public key, the pack must also be signed by it, unchanged since (see pack-signing.ts). Plain
 * Node, no Electron; the app's `--check-content=DIR` runs the same check.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { checkPack } from './content-pack'
import { lintPack } from './pack-lint'
import { SIGNATURE_FILE, verifyPack } from './pack-signing'

/** Runs the check and returns the exit code, writing to the given streams. */
export function runCheck(
  dir: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void,
  publicKeys: readonly string[] = []
): number {
  if (!dir) {
    err('usage: npm run content:check -- <pack folder> [--public-key NAME.pub]')
    return 2
  }
  if (publicKeys.length) {
    const verdict = verifyPack(dir, publicKeys)
    if (!verdict.ok) {
      err(`${SIGNATURE_FILE}: ${verdict.reason}`)
      err(`the pack in ${dir} is refused: its signature does not hold`)
      return 1
    }
    out(`signature: good (${verdict.key})`)
  }
  const result = checkPack(dir)
  if (result.ok) {
    out(result.summary)
    // Editorial warnings (punctuation, dates, glossary, reading time) do not fail the check.
    const warnings = lintPack(result.dir, result.deck)
    for (const warning of warnings) err(`warning: ${warning}`)
    if (warnings.length) out(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}`)
    return 0
  }
  for (const problem of result.problems) err(problem)
  err(
    `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${result.dir}`
  )
  return 1
}

/** A `--public-key` value: a `.pub` file, or the `ed25519:…` line itself. */
export function readPublicKey(value: string): string {
  return value.startsWith('ed25519:') ? value : readFileSync(value, 'utf8').trim()
}

// Run as a program (not when imported by the app or the tests).
if (process.argv[1] && /check-content\.[cm]?js$/.test(process.argv[1])) {
  try {
    const { positionals, values } = parseArgs({
      args: process.argv.slice(2),
      options: { 'public-key': { type: 'string', multiple: true } },
      allowPositionals: true
    })
    process.exitCode = runCheck(
      positionals[0],
      (line) => console.log(line),
      (line) => console.error(line),
      (values['public-key'] ?? []).map(readPublicKey)
    )
  } catch (e) {
    console.error((e as Error).message)
    process.exitCode = 2
  }
}
