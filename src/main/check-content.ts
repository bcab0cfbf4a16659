/**
 * `npm run content:check -- DIR`: checks a content pack and prints every problem as
 * `file: json-path: what is wrong` (exit 1), or a one-line summary (exit 0). Plain Node, no
 * Electron; the app's `--check-content=DIR` runs the same check.
 */
import { checkPack } from './content-pack'
import { lintPack } from './pack-lint'

/** Runs the check and returns the exit code, writing to the given streams. */
export function runCheck(
  dir: string | undefined,
  out: (line: string) => void,
  err: (line: string) => void
): number {
  if (!dir) {
    err('usage: npm run content:check -- <pack folder>')
    return 2
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

// Run as a program (not when imported by the app or the tests).
if (process.argv[1] && /check-content\.[cm]?js$/.test(process.argv[1])) {
  process.exitCode = runCheck(
    process.argv[2],
    (line) => console.log(line),
    (line) => console.error(line)
  )
}
