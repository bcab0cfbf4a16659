import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateKeys, SIGNATURE_FILE, signPack, verifyPack } from './pack-signing'

const EXAMPLE = join(import.meta.dirname, '../../examples/content-pack')

/** A signed copy of the example pack, and the key that signed it. */
function signedPack() {
  const dir = mkdtempSync(join(tmpdir(), 'signed-pack-'))
  cpSync(EXAMPLE, dir, { recursive: true })
  const keys = generateKeys()
  signPack(dir, keys.privatePem)
  return { dir, keys }
}

describe('signed content packs', () => {
  it('a signed pack verifies with its public key', () => {
    const { dir, keys } = signedPack()
    expect(keys.publicKey).toMatch(/^ed25519:[A-Za-z0-9+/]{43}=$/)
    expect(verifyPack(dir, [keys.publicKey])).toEqual({ ok: true, key: keys.publicKey })
    const manifest = JSON.parse(readFileSync(join(dir, SIGNATURE_FILE), 'utf8'))
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual([
      'deck.json',
      'media/emblem.png',
      'media/skyline.svg'
    ])
  })

  it('refuses a tampered file', () => {
    const { dir, keys } = signedPack()
    const deck = join(dir, 'deck.json')
    writeFileSync(deck, readFileSync(deck, 'utf8').replace('渝中', '渝北'))
    expect(verifyPack(dir, [keys.publicKey])).toEqual({
      ok: false,
      reason: 'deck.json: changed after signing'
    })
  })

  it('refuses an extra file and a missing file', () => {
    const extra = signedPack()
    writeFileSync(join(extra.dir, 'media', 'new.png'), 'x')
    expect(verifyPack(extra.dir, [extra.keys.publicKey])).toEqual({
      ok: false,
      reason: 'media/new.png: added after signing'
    })
    const missing = signedPack()
    unlinkSync(join(missing.dir, 'media', 'skyline.svg'))
    expect(verifyPack(missing.dir, [missing.keys.publicKey])).toEqual({
      ok: false,
      reason: 'media/skyline.svg: removed after signing'
    })
  })

  it('refuses a pack signed by another key, and an unsigned pack', () => {
    const { dir } = signedPack()
    const other = generateKeys()
    expect(verifyPack(dir, [other.publicKey])).toEqual({
      ok: false,
      reason: 'the signature does not match any trusted public key'
    })
    rmSync(join(dir, SIGNATURE_FILE))
    expect(verifyPack(dir, [other.publicKey])).toEqual({
      ok: false,
      reason: 'signature.json is missing (the pack is not signed)'
    })
  })

  it('refuses a signature in a bad format, or forged', () => {
    const { dir, keys } = signedPack()
    const file = join(dir, SIGNATURE_FILE)
    const good = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify({ ...good, signature: 'abc' }))
    expect(verifyPack(dir, [keys.publicKey])).toMatchObject({
      ok: false,
      reason: /not a signature/
    })
    writeFileSync(file, '{ broken')
    expect(verifyPack(dir, [keys.publicKey])).toMatchObject({ ok: false, reason: /not valid JSON/ })
    // The manifest edited to match a changed file, without the private key: the signature fails.
    const forged = {
      ...good,
      files: good.files.map((f: { size: number }) => ({ ...f, size: f.size + 1 }))
    }
    writeFileSync(file, JSON.stringify(forged))
    expect(verifyPack(dir, [keys.publicKey])).toMatchObject({
      ok: false,
      reason: 'the signature does not match any trusted public key'
    })
  })

  it('refuses a symbolic link swapped in after signing', () => {
    const { dir, keys } = signedPack()
    const target = join(dir, 'media', 'emblem.png')
    const copy = mkdtempSync(join(tmpdir(), 'outside-'))
    cpSync(target, join(copy, 'emblem.png'))
    unlinkSync(target)
    // Same bytes, but a link: it could point anywhere later.
    symlinkSync(join(copy, 'emblem.png'), target)
    expect(verifyPack(dir, [keys.publicKey])).toEqual({
      ok: false,
      reason: 'media/emblem.png: is a symbolic link'
    })
  })

  it('accepts any of several trusted keys (a key change at the content office)', () => {
    const { dir, keys } = signedPack()
    const old = generateKeys()
    expect(verifyPack(dir, [old.publicKey, keys.publicKey])).toEqual({
      ok: true,
      key: keys.publicKey
    })
  })
})
