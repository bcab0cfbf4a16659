// @ts-check
/**
 * Bytes of compiled code in a page's JS heap, from a V8 heap snapshot (CDP HeapProfiler). V8 keeps
 * compiling functions as they get hot (bytecode, then optimised code), so the heap grows for a
 * while in any page that runs the same code thousands of times; subtracting the code leaves the
 * data a page keeps, which is what a leak makes grow.
 */

/**
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<number>}
 */
export async function codeBytes(cdp) {
  /** @type {string[]} */
  const chunks = []
  const onChunk = (/** @type {{ chunk: string }} */ event) => void chunks.push(event.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  /** @type {{ snapshot: { meta: { node_fields: string[], node_types: [string[]] } }, nodes: number[] }} */
  const snapshot = JSON.parse(chunks.join(''))
  const fields = snapshot.snapshot.meta.node_fields
  const code = snapshot.snapshot.meta.node_types[0].indexOf('code')
  const type = fields.indexOf('type')
  const size = fields.indexOf('self_size')
  let bytes = 0
  for (let i = 0; i < snapshot.nodes.length; i += fields.length)
    if (snapshot.nodes[i + type] === code) bytes += snapshot.nodes[i + size] ?? 0
  return bytes
}
