/**
 * Every control a visitor can touch is at least 44×44 CSS px on a 1080p screen (landscape and
 * portrait), and no two touch targets overlap: the progress-bar segments (tall invisible hit
 * areas), the ＋ detail buttons, the hub cards, the chrome and the overview grid.
 */
import { expect, test } from './fixtures'
import { MIN_TARGET, targetProblems, touchTargets } from './layout-probe'

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 }
]) {
  const name = `${size.width}×${size.height}`
  test(`touch targets are at least ${MIN_TARGET}×${MIN_TARGET} px and apart at ${name}`, async ({
    show,
    page,
    deck
  }) => {
    test.skip(test.info().project.name !== 'landscape', 'the sizes are set here')
    await page.setViewportSize(size)
    await show.open('?transition=0&idle=86400&mode=windowed#/cover')
    const problems: string[] = []
    let smallest = Infinity
    let detailButtons = 0
    let segments = 0
    await show.visitSlides(deck.slides, async (slide, lang) => {
      const found = await touchTargets(page)
      if (lang === 'zh') {
        detailButtons += await page.locator('.slide.current button[aria-expanded]').count()
        segments = await page.getByTestId('progress').getByRole('button').count()
      }
      for (const t of found) smallest = Math.min(smallest, t.width, t.height)
      problems.push(...targetProblems(found, `${lang} ${slide.id}`))
    })
    await page.getByTestId('overview-button').click()
    await expect(page.getByTestId('overview')).toBeVisible()
    const inOverview = await touchTargets(page)
    problems.push(...targetProblems(inOverview, 'overview'))
    for (const t of inOverview) smallest = Math.min(smallest, t.width, t.height)
    console.log(`${name}: smallest touch target ${smallest.toFixed(1)} px`)
    expect(detailButtons, 'the ＋ detail buttons were measured').toBeGreaterThan(0)
    expect(segments, 'every slide has a progress segment').toBe(deck.slides.length)
    expect(problems, `touch targets at ${name}`).toEqual([])
  })
}
