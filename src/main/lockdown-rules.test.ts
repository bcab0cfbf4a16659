import { describe, expect, it } from 'vitest'
import { blockedShortcut, windowedFullscreenKey, type KeyInput } from './lockdown-rules'

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods
})

describe('blockedShortcut in kiosk mode', () => {
  const blocked: [string, KeyInput][] = [
    ['F5 reload', key('F5')],
    ['Ctrl+R reload', key('r', { control: true })],
    ['Cmd+R reload', key('R', { meta: true })],
    ['Ctrl+Shift+R hard reload', key('R', { control: true, shift: true })],
    ['Ctrl+W close', key('w', { control: true })],
    ['Cmd+Q quit', key('q', { meta: true })],
    ['Alt+F4 close', key('F4', { alt: true })],
    ['Ctrl+F4 close tab', key('F4', { control: true })],
    ['Ctrl+= zoom in', key('=', { control: true })],
    ['Ctrl++ zoom in', key('+', { control: true, shift: true })],
    ['Ctrl+- zoom out', key('-', { control: true })],
    ['Ctrl+0 reset zoom', key('0', { control: true })],
    ['F12 devtools', key('F12')],
    ['Ctrl+Shift+I devtools', key('I', { control: true, shift: true })],
    ['Cmd+Alt+I devtools', key('i', { meta: true, alt: true })],
    ['F11 fullscreen', key('F11')],
    ['Ctrl+Cmd+F fullscreen', key('f', { meta: true, control: true })],
    ['Alt+Left back', key('ArrowLeft', { alt: true })],
    ['Ctrl+P print', key('p', { control: true })],
    ['Ctrl+S save', key('s', { control: true })],
    ['Cmd+M minimise', key('m', { meta: true })],
    ['Cmd+H hide', key('h', { meta: true })],
    ['BrowserBack', key('BrowserBack')],
    ['rawKeyDown F5', { ...key('F5'), type: 'rawKeyDown' }]
  ]
  for (const [name, input] of blocked) {
    it(`blocks ${name}`, () => expect(blockedShortcut(input, 'kiosk'), name).not.toBeNull())
  }

  const allowed: [string, KeyInput][] = [
    ['ArrowRight', key('ArrowRight')],
    ['PageDown (clicker)', key('PageDown')],
    ['Space', key(' ')],
    ['Shift+Space', key(' ', { shift: true })],
    ['digits', key('7')],
    ['Enter', key('Enter')],
    ['Escape', key('Escape')],
    ['O', key('o')],
    ['L', key('L', { shift: true })],
    ['Home', key('Home')],
    ['key up of F5', { ...key('F5'), type: 'keyUp' }]
  ]
  for (const [name, input] of allowed) {
    it(`lets ${name} through`, () => expect(blockedShortcut(input, 'kiosk'), name).toBeNull())
  }
})

describe('blockedShortcut in windowed mode', () => {
  it('blocks only zoom and developer tools', () => {
    expect(blockedShortcut(key('=', { control: true }), 'windowed')).toBe('zoom')
    expect(blockedShortcut(key('F12'), 'windowed')).toBe('developer tools')
    expect(blockedShortcut(key('r', { control: true }), 'windowed')).toBeNull()
    expect(blockedShortcut(key('F11'), 'windowed')).toBeNull()
    expect(blockedShortcut(key('w', { control: true }), 'windowed')).toBeNull()
  })
})

describe('windowedFullscreenKey (laptops)', () => {
  it('F11 toggles fullscreen; Esc leaves it and otherwise belongs to the page', () => {
    expect(windowedFullscreenKey(key('F11'), false)).toBe(true)
    expect(windowedFullscreenKey(key('F11'), true)).toBe(false)
    expect(windowedFullscreenKey(key('Escape'), true)).toBe(false)
    expect(windowedFullscreenKey(key('Escape'), false), 'Esc opens the overview then').toBeNull()
    expect(windowedFullscreenKey(key('ArrowRight'), true)).toBeNull()
    expect(windowedFullscreenKey({ ...key('F11'), type: 'keyUp' }, false)).toBeNull()
  })
})
