/**
 * Layout checks measured from the DOM (never from pixels). `probeLayout` runs inside the page
 * with `page.evaluate(probeLayout)`: text line boxes from `Range.getClientRects()`, element boxes,
 * and the sides of visible borders. Self-contained: it must not close over anything outside itself.
 * `touchTargets` and `targetProblems` measure and check what a finger can touch.
 *
 * What counts as a problem:
 * - a line of text overlapping another line, a control, a chart or image, or a visible border
 *   that is not its own container's;
 * - text, a control or a chart reaching outside the window;
 * - text clipped by an ancestor's `overflow`;
 * - a slide's text, chart, image or card (a box with a visible border or background) coming within
 *   `CLEARANCE` (16) stage units of a control of the stage (‹ ›, the pills, the reach and large-text
 *   toggles, the progress bar), so the controls never sit on or against the content.
 * Ornaments (`[data-ornament]`: the big section numeral, a quote mark) are left out by that mark.
 */

import type { Page } from '@playwright/test'

/** One problem found, as a sentence a person can act on. */
export type LayoutProblem = string

/** Smallest side a touch target may have, in CSS px (WCAG 2.5.5, Apple and Material guidance). */
export const MIN_TARGET = 44

/** A touch target: its accessible name (or text) and its box on screen, in CSS px. */
export type TouchTarget = { name: string; left: number; top: number; width: number; height: number }

/**
 * The visible touch targets in the stage, at rest (entrances finished): only what a finger
 * reaches, not covered by a layer (the overview) and not scrolled away.
 */
export async function touchTargets(page: Page): Promise<TouchTarget[]> {
  return page.getByTestId('stage').evaluate((stage) => {
    for (const a of document.getAnimations()) {
      const timing = a.effect?.getComputedTiming()
      if (timing && timing.iterations !== Infinity) a.finish()
    }
    const hidden = (e: Element): boolean => {
      for (let p: Element | null = e; p && p !== stage; p = p.parentElement) {
        // A slide off stage first: its content may be put away, unstyled until asked.
        if (p.classList.contains('slide') && !p.classList.contains('current')) return true
        const s = getComputedStyle(p)
        if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) < 0.05)
          return true
        if (s.pointerEvents === 'none' && p === e) return true
      }
      return false
    }
    const out: TouchTarget[] = []
    for (const el of stage.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')) {
      if (hidden(el)) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      if (!hit || !el.contains(hit)) continue
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
      out.push({ name, left: r.left, top: r.top, width: r.width, height: r.height })
    }
    return out
  })
}

/** Targets smaller than `MIN_TARGET` on a side, and targets that overlap, each as a sentence. */
export function targetProblems(found: TouchTarget[], where: string): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  for (const t of found) {
    if (t.width < MIN_TARGET - 0.5 || t.height < MIN_TARGET - 0.5)
      problems.push(`${where}: "${t.name}" is ${t.width.toFixed(1)}×${t.height.toFixed(1)}`)
  }
  for (const [i, a] of found.entries())
    for (const b of found.slice(i + 1)) {
      const x = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)
      const y = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top)
      if (x > 0.5 && y > 0.5) problems.push(`${where}: "${a.name}" overlaps "${b.name}"`)
    }
  return problems
}

export function probeLayout(): LayoutProblem[] {
  type Box = { left: number; top: number; right: number; bottom: number }
  type Item = { box: Box; el: Element; what: string }
  const TOLERANCE = 1
  /** Stage units (1/1080 of the stage's short side) between slide content and the controls. */
  const CLEARANCE = 16
  const problems: string[] = []
  const stage = document.querySelector('[data-testid="stage"]')
  if (!stage) return ['no stage']

  const describe = (el: Element): string => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 28)
    const cls = typeof el.className === 'string' ? el.className.split(/\s+/)[0] : ''
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}${text ? ` "${text}"` : ''}`
  }
  /** Elements a person cannot see now (hidden, transparent, a slide that is not current). */
  const hiddenCache = new Map<Element, boolean>()
  const unseen = (style: CSSStyleDeclaration): boolean =>
    style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) < 0.05
  const hidden = (el: Element | null): boolean => {
    if (!el || el === document.documentElement) return false
    const known = hiddenCache.get(el)
    if (known !== undefined) return known
    // The ancestors first: a slide off stage (its content may be put away, unstyled until
    // asked) answers for everything in it without a style of its own being computed.
    const result =
      hidden(el.parentElement) ||
      (el.classList.contains('slide') && !el.classList.contains('current')) ||
      el.classList.contains('visually-hidden') ||
      unseen(getComputedStyle(el))
    hiddenCache.set(el, result)
    return result
  }
  const ornament = (el: Element): boolean => el.closest('[data-ornament]') !== null
  const overlap = (a: Box, b: Box): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE
  const boxOf = (r: DOMRect | Box): Box => ({
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom
  })
  const fmt = (b: Box): string =>
    `[${Math.round(b.left)},${Math.round(b.top)} ${Math.round(b.right - b.left)}×${Math.round(b.bottom - b.top)}]`

  // Text lines: each text node's line fragments, trimmed to the line height (a font's content
  // area may be taller than tight leading; lines that merely share leading do not collide).
  const lines: Item[] = []
  const walker = document.createTreeWalker(stage, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement
    if (!el || !node.textContent?.trim() || hidden(el) || ornament(el)) continue
    const style = getComputedStyle(el)
    const size = parseFloat(style.fontSize)
    const lineHeight = style.lineHeight === 'normal' ? size * 1.2 : parseFloat(style.lineHeight)
    const range = document.createRange()
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue
      const h = Math.min(r.height, lineHeight, size * 1.25)
      const mid = (r.top + r.bottom) / 2
      lines.push({
        box: { left: r.left, right: r.right, top: mid - h / 2, bottom: mid + h / 2 },
        el,
        what: `text ${describe(el)}`
      })
    }
  }

  const controls: Item[] = []
  for (const el of stage.querySelectorAll('button, a[href], input, select, [role="button"]')) {
    if (hidden(el)) continue
    const r = el.getBoundingClientRect()
    if (r.width > 0) controls.push({ box: boxOf(r), el, what: `control ${describe(el)}` })
  }

  const media: Item[] = []
  for (const el of stage.querySelectorAll('canvas, img, video, svg')) {
    if (hidden(el) || ornament(el) || el.closest('button') !== null) continue
    if (el.parentElement?.closest('svg')) continue
    const r = el.getBoundingClientRect()
    if (r.width > 0)
      media.push({ box: boxOf(r), el, what: `${el.tagName.toLowerCase()} ${describe(el)}` })
  }

  // Visible borders, one thin box per side.
  const rules: Item[] = []
  for (const el of stage.querySelectorAll('*')) {
    if (hidden(el) || ornament(el) || el.closest('svg')) continue
    const style = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    if (r.width === 0 || r.height === 0) continue
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`))
      const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`)
      const styleName = style.getPropertyValue(`border-${side.toLowerCase()}-style`)
      if (!width || styleName === 'none' || /rgba\(.*,\s*0\)$|transparent/.test(color)) continue
      const box =
        side === 'Top'
          ? { ...boxOf(r), bottom: r.top + width }
          : side === 'Bottom'
            ? { ...boxOf(r), top: r.bottom - width }
            : side === 'Left'
              ? { ...boxOf(r), right: r.left + width }
              : { ...boxOf(r), left: r.right - width }
      rules.push({ box, el, what: `${side.toLowerCase()} border of ${describe(el)}` })
    }
  }

  const seen = new Set<string>()
  const report = (message: string): void => {
    if (!seen.has(message)) {
      seen.add(message)
      problems.push(message)
    }
  }

  for (const [i, a] of lines.entries()) {
    for (const b of lines.slice(i + 1)) {
      if (a.el === b.el) continue
      if (overlap(a.box, b.box)) report(`${a.what} ${fmt(a.box)} overlaps ${b.what} ${fmt(b.box)}`)
    }
    for (const c of controls)
      if (!c.el.contains(a.el) && overlap(a.box, c.box))
        report(`${a.what} ${fmt(a.box)} overlaps ${c.what} ${fmt(c.box)}`)
    for (const m of media)
      if (overlap(a.box, m.box)) report(`${a.what} ${fmt(a.box)} overlaps ${m.what} ${fmt(m.box)}`)
    for (const rule of rules)
      if (!rule.el.contains(a.el) && overlap(a.box, rule.box))
        report(`${a.what} ${fmt(a.box)} crosses the ${rule.what}`)
  }
  for (const [i, a] of controls.entries()) {
    for (const b of controls.slice(i + 1))
      if (!a.el.contains(b.el) && !b.el.contains(a.el) && overlap(a.box, b.box))
        report(`${a.what} ${fmt(a.box)} overlaps ${b.what} ${fmt(b.box)}`)
  }

  // Slide content keeps clear of the stage's own controls (‹ ›, the pills, the reach and
  // large-text toggles, the progress bar): no line of text, chart, image or card (a box with a
  // visible border or background) of the current slide comes within CLEARANCE stage units of one.
  const stageBox = stage.getBoundingClientRect()
  const clearance = (CLEARANCE * Math.min(stageBox.width, stageBox.height)) / 1080
  const current = stage.querySelector('.slide.current')
  const chrome = controls.filter((c) => !c.el.closest('.slide'))
  const content: Item[] = [...lines, ...media].filter((item) => current?.contains(item.el))
  for (const el of current?.querySelectorAll('*') ?? []) {
    if (hidden(el) || ornament(el) || el.closest('svg')) continue
    const style = getComputedStyle(el)
    const bordered = rules.some((rule) => rule.el === el)
    const filled = !/rgba\(.*,\s*0\)$|transparent/.test(style.backgroundColor)
    const r = el.getBoundingClientRect()
    if ((bordered || filled) && r.width > 0 && r.height > 0)
      content.push({ box: boxOf(r), el, what: `box ${describe(el)}` })
  }
  for (const c of chrome) {
    const zone: Box = {
      left: c.box.left - clearance,
      top: c.box.top - clearance,
      right: c.box.right + clearance,
      bottom: c.box.bottom + clearance
    }
    for (const item of content)
      if (overlap(item.box, zone))
        report(
          `${item.what} ${fmt(item.box)} is within ${CLEARANCE} stage units of ${c.what} ${fmt(c.box)}`
        )
  }

  // Nothing leaves the window.
  const win: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
  for (const item of [...lines, ...controls, ...media]) {
    const b = item.box
    if (
      b.left < win.left - TOLERANCE ||
      b.top < win.top - TOLERANCE ||
      b.right > win.right + TOLERANCE ||
      b.bottom > win.bottom + TOLERANCE
    )
      report(`${item.what} ${fmt(b)} leaves the window`)
  }

  // No text clipped by an ancestor's overflow.
  for (const line of lines) {
    for (let p = line.el.parentElement; p && p !== stage; p = p.parentElement) {
      const style = getComputedStyle(p)
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
      const r = p.getBoundingClientRect()
      const clipX = style.overflowX !== 'visible'
      const clipY = style.overflowY !== 'visible'
      const b = line.box
      if (
        (clipX && (b.left < r.left - TOLERANCE || b.right > r.right + TOLERANCE)) ||
        (clipY && (b.top < r.top - TOLERANCE || b.bottom > r.bottom + TOLERANCE))
      ) {
        report(`${line.what} ${fmt(b)} is clipped by ${describe(p)} ${fmt(boxOf(r))}`)
        break
      }
    }
  }
  return problems
}
