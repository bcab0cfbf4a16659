// @ts-check
/**
 * What a page's JS heap holds, from a V8 heap snapshot (CDP HeapProfiler). V8 keeps compiling
 * functions as they get hot (bytecode, then optimised code) and keeps the metadata of that (object
 * shapes, feedback, internal lists), so the heap grows for a while in any page that runs the same
 * code thousands of times. Two figures separate that from what a leak makes grow:
 *   code     bytes of compiled code (snapshot nodes of type `code`);
 *   objects  bytes of the page's own values: objects, closures, arrays, strings, numbers, symbols
 *            and regexps (not code, object shapes, V8's internal `hidden` objects or DOM/Blink).
 */

/** Snapshot node types that are the page's own values. */
const OBJECT_TYPES = new Set([
  'object',
  'closure',
  'array',
  'string',
  'concatenated string',
  'sliced string',
  'number',
  'symbol',
  'bigint',
  'regexp'
])

/**
 * @param {import('@playwright/test').CDPSession} cdp
 * @returns {Promise<{ code: number, objects: number }>}
 */
export async function heapParts(cdp) {
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
  const types = snapshot.snapshot.meta.node_types[0]
  const code = types.indexOf('code')
  const objects = new Set([...OBJECT_TYPES].map((t) => types.indexOf(t)))
  const type = fields.indexOf('type')
  const size = fields.indexOf('self_size')
  const parts = { code: 0, objects: 0 }
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const t = snapshot.nodes[i + type] ?? -1
    const bytes = snapshot.nodes[i + size] ?? 0
    if (t === code) parts.code += bytes
    else if (objects.has(t)) parts.objects += bytes
  }
  return parts
}

/**
 * Bytes of compiled code in the heap.
 * @param {import('@playwright/test').CDPSession} cdp
 */
export async function codeBytes(cdp) {
  return (await heapParts(cdp)).code
}
