/**
 * Signed content packs: an Ed25519 key pair made once by the content office, a detached signature
 * over a manifest of the pack's files (path, size, SHA-256), and the check the kiosk runs before
 * it shows a pack. `node:crypto` only; no Electron, so the same code backs the app,
 * `npm run content:keygen`, `content:sign` and `content:check -- DIR --public-key FILE`.
 *
 * What a valid signature proves: every file of the pack is exactly what was signed — none
 * changed, added or removed, and no symbolic link anywhere (a link swapped in after signing
 * could point anywhere).
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject
} from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { PUBLIC_KEY } from '@shared/options'

/** The file a signed pack carries beside its content. */
export const SIGNATURE_FILE = 'signature.json'
/** Files a manifest may list at most (a real pack has a few dozen). */
const MAX_FILES = 5000

/** One file of a pack as signed. */
export interface ManifestEntry {
  path: string
  size: number
  sha256: string
}

/** What `signature.json` holds. */
export interface SignatureFile {
  format: 'yuzhong-pack-signature-1'
  /** The public key that signed (`ed25519:<base64>`), so a reader knows which to try. */
  key: string
  signedAt: string
  files: ManifestEntry[]
  /** Ed25519 signature (base64) over {@link manifestBytes} of `files`. */
  signature: string
}

/** Makes a key pair: the private key as PKCS#8 PEM, the public key as `ed25519:<base64>`. */
export function generateKeys(): { privatePem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKeyText(publicKey)
  }
}

/** `ed25519:<base64 of the raw 32-byte key>`. */
export function publicKeyText(key: KeyObject): string {
  const der = key.export({ type: 'spki', format: 'der' })
  return `ed25519:${der.subarray(der.length - 32).toString('base64')}`
}

/** A public key object from its `ed25519:<base64>` text. */
export function publicKeyFrom(text: string): KeyObject {
  const trimmed = text.trim()
  if (!PUBLIC_KEY.test(trimmed)) throw new Error('not an "ed25519:<base64>" public key')
  const raw = Buffer.from(trimmed.slice('ed25519:'.length), 'base64')
  // SPKI DER prefix of an Ed25519 public key, then the 32 raw bytes.
  const der = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw])
  return createPublicKey({ key: der, format: 'der', type: 'spki' })
}

/**
 * The pack's files as they are now, sorted by path; the signature file itself is left out.
 * A symbolic link, or more than {@link MAX_FILES} files, is a problem, not an entry.
 */
export function scanPack(dir: string): { files: ManifestEntry[]; problems: string[] } {
  const files: ManifestEntry[] = []
  const problems: string[] = []
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name)
      const path = relative(dir, full).split(sep).join('/')
      const stat = lstatSync(full)
      if (stat.isSymbolicLink()) problems.push(`${path}: is a symbolic link`)
      else if (stat.isDirectory()) walk(full)
      else if (!stat.isFile()) problems.push(`${path}: is not a regular file`)
      else if (path !== SIGNATURE_FILE) {
        if (files.length >= MAX_FILES) {
          problems.push(`more than ${MAX_FILES} files`)
          return
        }
        const bytes = readFileSync(full)
        files.push({
          path,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex')
        })
      }
    }
  }
  walk(dir)
  return { files, problems }
}

/** The exact bytes that are signed: one line per file, `sha256 size path`. */
export function manifestBytes(files: readonly ManifestEntry[]): Buffer {
  return Buffer.from(files.map((f) => `${f.sha256} ${f.size} ${f.path}\n`).join(''), 'utf8')
}

/** Signs the pack in `dir` with a PEM private key; writes `signature.json` and returns it. */
export function signPack(dir: string, privatePem: string, now = new Date()): SignatureFile {
  const { files, problems } = scanPack(dir)
  if (problems.length) throw new Error(`cannot sign ${dir}: ${problems.join('; ')}`)
  const key = createPrivateKey(privatePem)
  const signed: SignatureFile = {
    format: 'yuzhong-pack-signature-1',
    key: publicKeyText(createPublicKey(key)),
    signedAt: now.toISOString(),
    files,
    signature: sign(null, manifestBytes(files), key).toString('base64')
  }
  writeFileSync(join(dir, SIGNATURE_FILE), `${JSON.stringify(signed, null, 2)}\n`)
  return signed
}

export type Verdict = { ok: true; key: string } | { ok: false; reason: string }

/**
 * Whether the pack in `dir` is signed by one of `publicKeys` and its files are exactly the
 * signed ones. The reason names the first thing wrong.
 */
export function verifyPack(dir: string, publicKeys: readonly string[]): Verdict {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(join(dir, SIGNATURE_FILE), 'utf8'))
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT'
    return {
      ok: false,
      reason: missing
        ? `${SIGNATURE_FILE} is missing (the pack is not signed)`
        : `${SIGNATURE_FILE} is not valid JSON`
    }
  }
  const file = data as Partial<SignatureFile>
  if (
    file.format !== 'yuzhong-pack-signature-1' ||
    typeof file.signature !== 'string' ||
    !/^[A-Za-z0-9+/]{86}==$/.test(file.signature) ||
    !Array.isArray(file.files) ||
    !file.files.every(
      (f) =>
        typeof f?.path === 'string' &&
        Number.isSafeInteger(f.size) &&
        typeof f.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(f.sha256)
    )
  )
    return { ok: false, reason: `${SIGNATURE_FILE}: not a signature this app can read` }
  const signedFiles = file.files
  const message = manifestBytes(signedFiles)
  const signature = Buffer.from(file.signature, 'base64')
  const signer = publicKeys.find((k) => {
    try {
      return verify(null, message, publicKeyFrom(k), signature)
    } catch {
      return false
    }
  })
  if (!signer) return { ok: false, reason: 'the signature does not match any trusted public key' }
  const { files, problems } = scanPack(dir)
  if (problems.length) return { ok: false, reason: problems[0]! }
  const signedByPath = new Map(signedFiles.map((f) => [f.path, f]))
  for (const f of files) {
    const was = signedByPath.get(f.path)
    if (!was) return { ok: false, reason: `${f.path}: added after signing` }
    if (was.size !== f.size || was.sha256 !== f.sha256)
      return { ok: false, reason: `${f.path}: changed after signing` }
    signedByPath.delete(f.path)
  }
  const [gone] = signedByPath.keys()
  if (gone !== undefined) return { ok: false, reason: `${gone}: removed after signing` }
  return { ok: true, key: signer }
}
