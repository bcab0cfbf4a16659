import { expect, test } from './fixtures'

/** The browser build's admin PIN comes only from the URL it is started with (there is no default). */
const PIN = '246813'

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
    const corner = page.getByTestId('admin-corner')
    for (let i = 0; i < 5; i++) await corner.click({ force: true })
    const admin = page.getByTestId('admin')
    await expect(admin).toContainText('Admin PIN not set')
    await expect(admin.getByTestId('pin-not-set')).toContainText('?adminPin=')
    await expect(admin.getByRole('button', { name: '2', exact: true }), 'no PIN pad').toHaveCount(0)
    await page.keyboard.type('2468')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('admin-status'), 'no panel').toHaveCount(0)
  })

  test('taps spread over more than 3 s do not open the PIN pad', async ({ show, page }) => {
    await page.clock.install()
    await show.open('#/intro')
    const corner = page.getByTestId('admin-corner')
    for (let i = 0; i < 5; i++) {
      await corner.click({ force: true })
      await page.clock.runFor(800)
    }
    await expect(page.getByTestId('admin')).toBeHidden()
  })

  test('the attract loop closes the admin screens', async ({ show, page }) => {
    await page.clock.install()
    await show.open('#/intro')
    const corner = page.getByTestId('admin-corner')
    for (let i = 0; i < 5; i++) await corner.click({ force: true })
    await expect(page.getByTestId('admin')).toBeVisible()
    await page.clock.runFor(61_000)
    await expect(page.getByTestId('admin')).toBeHidden()
  })

  test('in kiosk mode the cursor is hidden and shows only while a mouse moves', async ({
    show,
    page
  }) => {
    await page.clock.install()
    await show.open('?kiosk#/intro')
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
    await page.clock.install()
    await show.open('#/intro')
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

test('the admin panel summarises this visit and exports it as CSV', async ({ show, page }) => {
  await show.open(`?adminPin=${PIN}#/intro`)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.getByTestId('hub-supply').waitFor()
  const corner = page.getByTestId('admin-corner')
  for (let i = 0; i < 5; i++) await corner.click({ force: true })
  for (const d of PIN)
    await page.getByTestId('admin').getByRole('button', { name: d, exact: true }).click()
  await page.getByTestId('pin-enter').click()
  const panel = page.getByTestId('analytics')
  await expect(panel).toContainText('1 次访问')
  await expect(panel.locator('tbody')).toContainText('intro')
  const download = page.waitForEvent('download')
  await page.getByTestId('analytics-export').click()
  const file = await (await download).path()
  const { readFileSync } = await import('node:fs')
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
