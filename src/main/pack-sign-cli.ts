/**
 * `npm run content:keygen -- NAME` writes a key pair, `NAME.key` (private: keep it at the content
 * office, never on a kiosk) and `NAME.pub` (the line to put in config.json `contentPublicKeys`).
 * `npm run content:sign -- DIR --key NAME.key` writes `DIR/signature.json` over every file of
 * the pack. Plain Node, no Electron.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { generateKeys, signPack } from './pack-signing'

/** Runs one command; returns the exit code, writing to the given streams. */
export function runSignCommand(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void
): number {
  const [command, ...rest] = args
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: { key: { type: 'string' }, force: { type: 'boolean', default: false } },
      allowPositionals: true
    })
  } catch (e) {
    err((e as Error).message)
    return 2
  }
  const [target] = parsed.positionals
  if (command === 'keygen') {
    if (!target) {
      err('usage: npm run content:keygen -- NAME   (writes NAME.key and NAME.pub)')
      return 2
    }
    const files = [`${target}.key`, `${target}.pub`]
    const existing = files.filter((f) => existsSync(f))
    if (existing.length && !parsed.values.force) {
      err(
        `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (add --force to replace)`
      )
      return 1
    }
    const keys = generateKeys()
    writeFileSync(files[0]!, keys.privatePem, { mode: 0o600 })
    writeFileSync(files[1]!, `${keys.publicKey}\n`)
    out(`wrote ${files[0]} (private: keep it safe, never copy it to a kiosk)`)
    out(`wrote ${files[1]}: ${keys.publicKey}`)
    out('put that line in config.json: "contentPublicKeys": ["…"]')
    return 0
  }
  if (command === 'sign') {
    const keyFile = parsed.values.key
    if (!target || !keyFile) {
      err('usage: npm run content:sign -- DIR --key NAME.key')
      return 2
    }
    try {
      const signed = signPack(target, readFileSync(keyFile, 'utf8'))
      out(`signed ${target}: ${signed.files.length} files, key ${signed.key}`)
      return 0
    } catch (e) {
      err(String((e as Error).message))
      return 1
    }
  }
  err('usage: pack-sign-cli keygen NAME | sign DIR --key NAME.key')
  return 2
}

// Run as a program (not when imported by the tests).
if (process.argv[1] && /pack-sign-cli\.[cm]?js$/.test(process.argv[1])) {
  process.exitCode = runSignCommand(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line)
  )
}
