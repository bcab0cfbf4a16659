/**
 * Screenshots of every slide, landscape 1920×1080 and portrait 1080×1920, Chinese and English,
 * written to e2e-output/screenshots/ for a person to look at. Each is also checked for text
 * that overflows its slide.
 */
import { mkdirSync } from 'node:fs'
import { expect, test } from './fixtures'

const OUT = 'e2e-output/screenshots'
const ORIENTATIONS = {
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 }
} as const

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  test(`every slide in ${orientation}, zh and en, with nothing outside the stage`, async ({
    page,
    deck
  }) => {
    test.setTimeout(180_000)
    mkdirSync(OUT, { recursive: true })
    await page.setViewportSize(viewport)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('#/cover')
    await page.evaluate(() => document.fonts.ready)
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.keyboard.press('l')
      for (const [i, slide] of deck.slides.entries()) {
        await page.evaluate((id) => (location.hash = `#/${id}`), slide.id)
        const current = page.locator('.slide.current')
        await expect(current).toHaveAttribute('data-slide-index', String(i))
        await page.evaluate(() => document.fonts.ready)
        // Let the entrance settle (CSS animations; Chart.js draws without animation here).
        await current.evaluate((el) =>
          Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished))
        )
        if (slide.type === 'chart') await page.waitForTimeout(150)
        const overflow = await current.evaluate((root) => {
          const box = root.getBoundingClientRect()
          const out: string[] = []
          for (const el of root.querySelectorAll<HTMLElement>(
            'h1,h2,h3,p,li,dt,dd,span,figcaption,blockquote'
          )) {
            const r = el.getBoundingClientRect()
            if (r.width === 0 || el.closest('.visually-hidden')) continue
            if (
              r.left < box.left - 1 ||
              r.right > box.right + 1 ||
              r.top < box.top - 1 ||
              r.bottom > box.bottom + 1
            ) {
              out.push(
                `${el.tagName.toLowerCase()}.${el.className}: "${el.textContent?.slice(0, 30)}"`
              )
            }
          }
          return out
        })
        expect
          .soft(overflow, `text outside the stage on ${slide.id} (${orientation}, ${lang})`)
          .toEqual([])
        const n = String(i + 1).padStart(2, '0')
        await page.screenshot({ path: `${OUT}/${orientation}-${lang}-${n}-${slide.id}.png` })
      }
    }
  })
}
