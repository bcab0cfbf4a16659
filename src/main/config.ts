/**
 * Loads the app configuration: `config.json` in the user-data folder, then the command line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveAppConfig, type AppConfigResult, type FlagValues } from '@shared/app-config'

/** Where the config file lives. */
export function configPath(userData: string): string {
  return join(userData, 'config.json')
}

/**
 * Reads and resolves the configuration. A missing file is simply the defaults; a file that exists
 * but cannot be read is reported (and, like a broken one, leaves the admin escape disabled).
 */
export function loadAppConfig(userData: string, flags: FlagValues): AppConfigResult {
  const file = configPath(userData)
  let text: string | null = null
  let readProblem: string | null = null
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'ENOENT') readProblem = `${file}: $: cannot be read (${code ?? String(err)})`
  }
  const result = resolveAppConfig(text, flags, file)
  if (readProblem === null) return result
  return {
    ...result,
    problems: [`${readProblem}; using defaults`, ...result.problems],
    refused: ['$', ...result.refused]
  }
}
