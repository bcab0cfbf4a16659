/**
 * Worker thread of `checkPackInWorker`: checks the pack folder it is given and posts the result,
 * so a big or hostile pack is read and parsed off the main process's thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { checkTrustedPack } from './content-pack'

const { dir, publicKeys } = workerData as { dir: string; publicKeys: string[] }
parentPort?.postMessage(checkTrustedPack(dir, publicKeys))
