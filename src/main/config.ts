/**
 * Loads the app configuration: `config.json` in the user-data folder, then the command line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resolveAppConfig, type AppConfigResult } from '@shared/app-config'

/** Where the config file lives. */
export function configPath(userData: string): string {
  return join(userData, 'config.json')
}

/** Reads and resolves the configuration; a missing file is simply the defaults. */
export function loadAppConfig(userData: string, argv: readonly string[]): AppConfigResult {
  const file = configPath(userData)
  let text: string | null = null
  try {
    text = readFileSync(file, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      return resolveAppConfig(null, argv, file)
    }
  }
  return resolveAppConfig(text, argv, file)
}
