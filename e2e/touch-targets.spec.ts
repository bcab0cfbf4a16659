/**
 * Every control a visitor can touch is at least 44×44 CSS px on a 1080p screen (landscape and
 * portrait), and no two touch targets overlap: the progress-bar segments (tall invisible hit
 * areas), the ＋ detail buttons, the hub cards, the chrome and the overview grid.
 */
import type { Page } from '@playwright/test'
import { expect, loadDeck, test } from './fixtures'

/** Smallest side a touch target may have, in CSS px (WCAG 2.5.5, Apple and Material guidance). */
const MIN_TARGET = 44

type Target = { name: string; left: number; top: number; width: number; height: number }

/** The visible touch targets in the stage, at rest (entrances finished). */
async function targets(page: Page): Promise<Target[]> {
  return page.getByTestId('stage').evaluate((stage) => {
    for (const a of document.getAnimations()) {
      const timing = a.effect?.getComputedTiming()
      if (timing && timing.iterations !== Infinity) a.finish()
    }
    const out: Target[] = []
    for (const el of stage.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')) {
      const hidden = (e: Element | null): boolean => {
        for (let p = e; p && p !== stage; p = p.parentElement) {
          const s = getComputedStyle(p)
          if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) < 0.05)
            return true
          if (s.pointerEvents === 'none' && p === e) return true
          if (p.classList.contains('slide') && !p.classList.contains('current')) return true
        }
        return false
      }
      if (hidden(el)) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0) continue
      // Only what a finger reaches: not covered by a layer (the overview), not scrolled away.
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
      if (!hit || !el.contains(hit)) continue
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''
      out.push({ name, left: r.left, top: r.top, width: r.width, height: r.height })
    }
    return out
  })
}

function check(found: Target[], where: string): string[] {
  const problems: string[] = []
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

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 }
]) {
  const name = `${size.width}×${size.height}`
  test(`touch targets are at least ${MIN_TARGET}×${MIN_TARGET} px and apart at ${name}`, async ({
    page
  }) => {
    test.skip(test.info().project.name !== 'landscape', 'the sizes are set here')
    await page.setViewportSize(size)
    const deck = await loadDeck(page)
    await page.goto('?transition=0&idle=86400&mode=windowed#/cover')
    await expect(page.getByTestId('stage')).toBeVisible()
    const problems: string[] = []
    let smallest = Infinity
    let detailButtons = 0
    let segments = 0
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.keyboard.press('l')
      for (const [i, slide] of deck.slides.entries()) {
        await page.evaluate((id) => (location.hash = `#/${id}`), slide.id)
        await expect(page.locator('.slide.current')).toHaveAttribute('data-slide-index', String(i))
        const found = await targets(page)
        if (lang === 'zh') {
          detailButtons += await page.locator('.slide.current button[aria-expanded]').count()
          segments = await page.getByTestId('progress').getByRole('button').count()
        }
        for (const t of found) smallest = Math.min(smallest, t.width, t.height)
        problems.push(...check(found, `${lang} ${slide.id}`))
      }
    }
    await page.getByTestId('overview-button').click()
    await expect(page.getByTestId('overview')).toBeVisible()
    const inOverview = await targets(page)
    problems.push(...check(inOverview, 'overview'))
    for (const t of inOverview) smallest = Math.min(smallest, t.width, t.height)
    console.log(`${name}: smallest touch target ${smallest.toFixed(1)} px`)
    expect(detailButtons, 'the ＋ detail buttons were measured').toBeGreaterThan(0)
    expect(segments, 'every slide has a progress segment').toBe(deck.slides.length)
    expect(problems, `touch targets at ${name}`).toEqual([])
  })
}
