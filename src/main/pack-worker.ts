/**
 * Worker thread of `checkPackInWorker`: checks the pack folder it is given and posts the result,
 * so a big or hostile pack is read and parsed off the main process's thread.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { checkPack } from './content-pack'

parentPort?.postMessage(checkPack(String(workerData)))
