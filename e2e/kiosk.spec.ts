import { readFileSync } from 'node:fs'
import { ADMIN_UNLOCK_MS } from '../src/shared/ipc'
import { expect, test, type ShowPage } from './fixtures'

/** The browser build's admin PIN comes only from the URL it is started with (there is no default). */
const PIN = '246813'
/** The show's default quiet time before the attract loop starts. */
const IDLE_MS = 60_000

/** Five taps in the corner, then the PIN on the pad: the unlocked admin panel. */
async function unlockPanel(show: ShowPage): Promise<void> {
  const admin = await show.openAdmin()
  for (const d of PIN) await admin.getByRole('button', { name: d, exact: true }).click()
  await admin.getByTestId('pin-enter').click()
  await expect(admin.getByTestId('admin-status')).toBeVisible()
}

test.describe('kiosk', () => {
  test('five taps in the corner within 3 s open the PIN pad; the PIN opens the admin panel', async ({
    show,
    page
  }) => {
    await show.open(`?adminPin=${PIN}#/intro`)
    const corner = page.getByTestId('admin-corner')
    const admin = page.getByTestId('admin')
    for (let i = 0; i < 4; i++) await corner.click({ force: true })
    await expect(admin, 'four taps are not enough').toBeHidden()
    expect(await show.slideId(), 'corner taps do not navigate').toBe('intro')
    await corner.click({ force: true })
    await expect(admin).toBeVisible()
    for (const d of '1111') await admin.getByRole('button', { name: d, exact: true }).click()
    await page.getByTestId('pin-enter').click()
    await expect(admin.getByRole('alert')).toContainText('Wrong PIN')
    for (const d of PIN) await admin.getByRole('button', { name: d, exact: true }).click()
    await page.getByTestId('pin-enter').click()
    await expect(page.getByTestId('admin-status')).toContainText('bundled')
    await expect(admin.getByRole('button', { name: /Reload/ })).toBeVisible()
    expect(await show.slideId(), 'the show stayed where it was').toBe('intro')
    await admin.getByRole('button', { name: /Close/ }).click()
    await expect(admin).toBeHidden()
  })

  test('with no PIN set, the escape says so and offers no pad (the old default PIN is gone)', async ({
    show,
    page
  }) => {
    await show.open('#/intro')
    const admin = await show.openAdmin()
    await expect(admin).toContainText('Admin PIN not set')
    await expect(admin.getByTestId('pin-not-set')).toContainText('?adminPin=')
    await expect(admin.getByRole('button', { name: '2', exact: true }), 'no PIN pad').toHaveCount(0)
    await page.keyboard.type('2468')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('admin-status'), 'no panel').toHaveCount(0)
  })

  test('taps spread over more than 3 s do not open the PIN pad', async ({ show, page }) => {
    await show.open('#/intro', { clock: true })
    const corner = page.getByTestId('admin-corner')
    for (let i = 0; i < 5; i++) {
      await corner.click({ force: true })
      await page.clock.runFor(800)
    }
    await expect(page.getByTestId('admin')).toBeHidden()
  })

  test('the attract loop closes the PIN pad', async ({ show, page }) => {
    await show.open('#/intro', { clock: true })
    const admin = await show.openAdmin()
    await page.clock.runFor(61_000)
    await expect(admin).toBeHidden()
  })

  test('in kiosk mode the cursor is hidden and shows only while a mouse moves', async ({
    show,
    page
  }) => {
    await show.open('?kiosk#/intro', { clock: true })
    const viewport = page.locator('.viewport')
    const cursor = () => page.getByTestId('stage').evaluate((el) => getComputedStyle(el).cursor)
    await expect(viewport).toHaveClass(/hide-cursor/)
    expect(await cursor(), 'hidden from the start').toBe('none')
    await page.mouse.move(400, 400)
    await page.mouse.move(420, 410)
    await expect(viewport).not.toHaveClass(/hide-cursor/)
    await page.clock.runFor(3000)
    await expect(viewport, 'hidden again once the mouse rests').toHaveClass(/hide-cursor/)
  })

  test('a windowed show keeps its cursor', async ({ show, page }) => {
    await show.open('#/intro')
    await expect(page.locator('.viewport')).not.toHaveClass(/hide-cursor/)
  })

  test('the attract loop drifts everything a few pixels (burn-in care)', async ({ show, page }) => {
    await show.open('#/intro', { clock: true })
    const drift = page.locator('.drift')
    expect(await drift.evaluate((el) => getComputedStyle(el).animationName)).toBe('none')
    await page.clock.runFor(61_000)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'true')
    expect(await drift.evaluate((el) => getComputedStyle(el).animationName)).toMatch(/drift/)
  })

  test('after repeated crashes the host shows a calm rest page', async ({ page }) => {
    await page.goto('?halted=1')
    await expect(page.getByTestId('error-screen')).toContainText(
      'The exhibition is taking a short rest'
    )
    await expect(page.getByTestId('stage')).toHaveCount(0)
  })
})

test.describe('the admin panel and the attract loop', () => {
  // Each test starts with the panel unlocked, on the page clock.
  test.beforeEach(async ({ show }) => {
    await show.open(`?adminPin=${PIN}#/intro`, { clock: true })
    await unlockPanel(show)
  })

  test('while the panel is unlocked no attract loop starts; closed, quiet time starts it again', async ({
    page
  }) => {
    const stage = page.getByTestId('stage')
    await page.clock.runFor(3 * IDLE_MS)
    await expect(page.getByTestId('admin-status'), 'open after three idle times').toBeVisible()
    await expect(stage, 'no attract loop behind the panel').toHaveAttribute('data-attract', 'false')
    await page.getByTestId('admin').getByRole('button', { name: /Close/ }).click()
    await expect(page.getByTestId('admin')).toBeHidden()
    await page.clock.runFor(IDLE_MS - 1000)
    await expect(stage, 'a full quiet spell counts from the close').toHaveAttribute(
      'data-attract',
      'false'
    )
    await page.clock.runFor(2000)
    await expect(stage, 'then the attract loop').toHaveAttribute('data-attract', 'true')
  })

  test('the unlock ends after 5 minutes: back to the PIN pad, then idle starts the attract loop', async ({
    page
  }) => {
    const admin = page.getByTestId('admin')
    await page.clock.runFor(ADMIN_UNLOCK_MS - 1000)
    await expect(page.getByTestId('admin-status'), 'just before the limit').toBeVisible()
    await page.clock.runFor(2000)
    await expect(page.getByTestId('admin-status'), 'locked again').toHaveCount(0)
    await expect(admin.getByRole('alert')).toContainText('enter the PIN again')
    await expect(page.getByTestId('pin-dots'), 'the pad is back').toBeVisible()
    await page.clock.runFor(IDLE_MS + 1000)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'true')
    await expect(admin, 'the attract loop closed the pad').toBeHidden()
  })
})

test('the admin panel summarises this visit and exports it as CSV', async ({ show, page }) => {
  await show.open(`?adminPin=${PIN}#/intro`)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.getByTestId('hub-supply').waitFor()
  await unlockPanel(show)
  const panel = page.getByTestId('analytics')
  await expect(panel).toContainText('1 次访问')
  const top = panel.locator('tbody')
  await expect(top, 'slides by title, in Chinese').toContainText('重庆母城 首善之区')
  await expect(top, 'and in English').toContainText("Chongqing's Mother City, a Model District")
  await expect(top, 'not by id').not.toContainText('intro')
  const download = page.waitForEvent('download')
  await page.getByTestId('analytics-export').click()
  const file = await (await download).path()
  const csv = readFileSync(file, 'utf8').split('\n')
  expect(csv[0]).toBe('type,time,session,slide,dwell_ms,via,duration_ms,lang')
  expect(
    csv.some((row) => /^view,.*,intro,\d+,start,/.test(row)),
    'the first view'
  ).toBe(true)
  expect(
    csv.some((row) => /^view,.*,key,/.test(row)),
    'a view reached by key'
  ).toBe(true)
})

test.describe('month-end statistics', () => {
  test.use({ timezoneId: 'Asia/Shanghai' })

  test('the period chooses what the panel counts and exports; times are local with the offset', async ({
    show,
    page
  }) => {
    await show.open(`?adminPin=${PIN}#/intro`, { clock: new Date('2026-12-15T10:00:00+08:00') })
    await page.keyboard.press('ArrowRight')
    await page.getByTestId('hub-supply').waitFor()
    await unlockPanel(show)
    const panel = page.getByTestId('analytics')
    const days = page.getByTestId('analytics-days')
    const period = page.getByTestId('analytics-period')
    await expect(period.getByRole('button', { name: /This month/ })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
    await expect(days).toHaveText('2026-12-01 – 2026-12-15')
    await expect(panel).toContainText('1 次访问')

    await period.getByRole('button', { name: /Last month/ }).click()
    await expect(days).toHaveText('2026-11-01 – 2026-11-30')
    await expect(panel, 'nothing last month').toContainText('0 次访问')
    await period.getByRole('button', { name: /All/ }).click()
    await expect(panel).toContainText('1 次访问')

    await period.getByRole('button', { name: /Dates/ }).click()
    await page.getByTestId('analytics-from').fill('2026-12-15')
    await page.getByTestId('analytics-to').fill('2026-12-15')
    await expect(days).toHaveText('2026-12-15 – 2026-12-15')
    await expect(panel).toContainText('1 次访问')
    const download = page.waitForEvent('download')
    await page.getByTestId('analytics-export').click()
    const file = await download
    expect(file.suggestedFilename()).toBe('yuzhong-analytics-2026-12-15_2026-12-15.csv')
    const rows = readFileSync(await file.path(), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
    expect(rows.length, 'the visit’s events').toBeGreaterThan(0)
    for (const row of rows)
      expect(row.split(',')[1], 'local time with the offset').toMatch(
        /^2026-12-15T10:0\d:\d\d\+08:00$/
      )
  })
})
