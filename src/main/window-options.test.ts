import { describe, expect, it } from 'vitest'
import { presenterUrl, printUrl, rendererUrl, windowOptions } from './window-options'

describe('windowOptions', () => {
  it('locks the renderer down in every mode', () => {
    for (const mode of ['kiosk', 'windowed'] as const) {
      const web = windowOptions(mode, '/app/preload.cjs').webPreferences!
      expect(web.contextIsolation, `${mode}: contextIsolation`).toBe(true)
      expect(web.sandbox, `${mode}: sandbox`).toBe(true)
      expect(web.nodeIntegration, `${mode}: nodeIntegration`).toBe(false)
      expect(web.webSecurity).toBe(true)
      expect(web.webviewTag).toBe(false)
      expect(web.preload).toBe('/app/preload.cjs')
    }
  })

  it('a packaged build cannot open developer tools; a development build can', () => {
    for (const mode of ['kiosk', 'windowed', 'present'] as const) {
      const packaged = windowOptions(mode, 'p', undefined, true).webPreferences!
      expect(packaged.devTools, `${mode}: packaged devTools`).toBe(false)
      expect(windowOptions(mode, 'p').webPreferences!.devTools, `${mode}: dev build`).toBe(true)
    }
  })

  it('is fullscreen in kiosk mode and a normal window with --windowed', () => {
    expect(windowOptions('kiosk', 'p').fullscreen).toBe(true)
    expect(windowOptions('windowed', 'p').fullscreen).toBe(false)
  })

  it('loads the app scheme, or the dev server while developing', () => {
    expect(rendererUrl(undefined)).toBe('app://bundle/index.html')
    expect(rendererUrl('http://localhost:5173')).toBe('http://localhost:5173')
  })

  it('opens a slide, the rest page, the print view and the presenter view', () => {
    expect(rendererUrl(undefined, 'supply')).toBe('app://bundle/index.html#/supply')
    expect(rendererUrl(undefined, null, true)).toBe('app://bundle/index.html?halted=1')
    expect(printUrl(undefined, 'en')).toBe('app://bundle/index.html?print&lang=en')
    expect(presenterUrl(undefined)).toBe('app://bundle/index.html?presenter')
  })
})
