/**
 * `npm run content:new -- DIR`: starts a new content pack from the full bundled deck. It copies
 * resources/content (deck.json, its schema and glossary.json) into DIR and adds an empty media/
 * folder for photos. It never overwrites: an existing DIR is refused, whatever it holds.
 * Plain Node, no build needed; see docs/content-packs.md, "Start a new pack".
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The bundled pack, the one the app ships with. */
export const BUNDLED = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'content')

/**
 * Copies the pack at `source` into a new folder `target`.
 * @param {string} target
 * @param {string} [source]
 * @returns {{ ok: true, dir: string } | { ok: false, message: string }}
 */
export function newPack(target, source = BUNDLED) {
  if (!target || !target.trim())
    return {
      ok: false,
      message: 'usage: npm run content:new -- DIR (a folder that does not exist yet)'
    }
  const dir = resolve(target)
  if (existsSync(dir))
    return {
      ok: false,
      message: `${dir} already exists; nothing was copied (choose a new folder name, or delete or rename the old one first)`
    }
  cpSync(source, dir, { recursive: true, errorOnExist: true, force: false })
  mkdirSync(join(dir, 'media'), { recursive: true })
  return { ok: true, dir }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const result = newPack(args[0] ?? '')
  if (result.ok) {
    console.log(`New pack: ${result.dir}`)
    console.log('  deck.json      the slides (a copy of the bundled deck)')
    console.log('  glossary.json  one English rendering per Chinese term')
    console.log('  media/         put photos here (see docs/content-packs.md, "Photos")')
    console.log(`Check it with: npm run content:check -- "${result.dir}"`)
    console.log(`See every slide: npm run screenshots -- "${result.dir}" (or npm run preview)`)
  } else {
    console.error(result.message)
    process.exitCode = args.length === 0 ? 2 : 1
  }
}
