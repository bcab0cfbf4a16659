/**
 * The renderer's one door to whatever hosts it. Inside Electron it uses the preload's
 * `window.host`; in a plain browser (`npm run web`) it falls back to the page URL, so the same
 * bundle runs in both.
 */
import type { HostInfo, RendererLogEntry } from '@shared/ipc'

/** Show options a browser URL may override, e.g. `?idle=20&slide=5`. */
const URL_OPTIONS: Record<string, string> = {
  idle: 'idleSeconds',
  slide: 'slideSeconds',
  transition: 'transitionMs'
}

function browserInfo(): HostInfo {
  const params = new URLSearchParams(location.search)
  const showOverrides: Record<string, number> = {}
  for (const [param, key] of Object.entries(URL_OPTIONS)) {
    const raw = params.get(param)
    if (raw !== null) showOverrides[key] = raw.trim() === '' ? Number.NaN : Number(raw)
  }
  return {
    host: 'browser',
    mode: params.has('kiosk') ? 'kiosk' : 'windowed',
    version: import.meta.env.VITE_APP_VERSION ?? 'dev',
    showOverrides
  }
}

/** Mode, version and option overrides of the host. */
export async function hostInfo(): Promise<HostInfo> {
  if (window.host) {
    try {
      return await window.host.info()
    } catch (err) {
      console.warn('host info unavailable, using browser defaults', err)
    }
  }
  return browserInfo()
}

/** Reports a problem to the host's log (and the console). */
export function logProblem(entry: RendererLogEntry): void {
  if (entry.level === 'error') console.error(entry.message)
  else console.warn(entry.message)
  window.host?.log(entry)
}
