import type { HostApi } from '../shared/ipc'

declare global {
  interface Window {
    /** Present only inside the Electron app (see src/preload/index.ts). */
    host?: HostApi
  }
}
