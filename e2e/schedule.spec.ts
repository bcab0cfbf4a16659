import { expect, test } from './fixtures'

// The hall's clock: Beijing time, whatever the test machine's zone.
test.use({ timezoneId: 'Asia/Shanghai' })

test.describe('opening hours (?schedule=)', () => {
  test('closes at closing time (closed slide, then black) and opens by itself in the attract loop', async ({
    show,
    page
  }) => {
    await show.open('?schedule=09:00-17:30&lang=en#/supply', {
      clock: new Date('2026-12-01T17:28:00+08:00')
    })
    await expect(page.getByTestId('stage')).toBeVisible()
    await page.clock.runFor(3 * 60_000)
    const closed = page.getByTestId('closed-screen')
    await expect(closed, 'closed at 17:30').toContainText('The exhibition is closed for today')
    await expect(closed).toContainText('Opens again Wed 09:00')
    await expect(page.getByTestId('stage'), 'the show is gone').toHaveCount(0)
    // The compact form shows the closed slide for 10 minutes, then black.
    await page.clock.runFor(11 * 60_000)
    await expect(closed, 'black after 10 minutes').toHaveText('')
    // 17:42 → 09:00:05 the next morning.
    await page.clock.runFor((15 * 60 + 18) * 60_000 + 5_000)
    await expect(page.getByTestId('stage'), 'open again the next morning').toBeVisible()
    expect(await show.slideId(), 'on the first slide').toBe('cover')
    await expect(page.getByTestId('stage'), 'playing by itself').toHaveAttribute(
      'data-attract',
      'true'
    )
    await expect(page.locator('[lang="zh-CN"]').first(), 'in Chinese').toBeVisible()
  })

  test('a page opened at night is black, with nothing playing', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-01T23:00:00+08:00') })
    await page.goto('?schedule=09:00-17:30')
    const closed = page.getByTestId('closed-screen')
    await expect(closed).toBeVisible()
    await expect(closed, 'black: no text').toHaveText('')
    await expect(page.getByTestId('stage')).toHaveCount(0)
  })
})
