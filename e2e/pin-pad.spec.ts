import { expect, test } from './fixtures'

test.describe('PIN pad with a hardware keyboard', () => {
  test('digits, Backspace and Enter work on the pad; typed digits never move the show', async ({
    show,
    page
  }) => {
    await show.open('?adminPin=246813#/intro')
    const admin = await show.openAdmin()
    const filled = page.getByTestId('pin-dots').locator('.filled')

    await page.keyboard.type('129')
    await expect(filled, 'three typed digits').toHaveCount(3)
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await expect(filled, 'Backspace takes digits back').toHaveCount(1)
    await page.keyboard.press('Enter')
    // Whatever the host says to PIN 1 (wrong, or no PIN set), Enter submitted it.
    await expect(admin.getByRole('alert'), 'Enter submits').toBeVisible()
    await expect(filled, 'and the pad is empty again').toHaveCount(0)
    expect(await show.slideId(), 'digits and Enter did not jump slides').toBe('intro')
    await page.keyboard.type('246813')
    await page.keyboard.press('Enter')
    await expect(
      page.getByTestId('admin-status'),
      'the right PIN typed opens the panel'
    ).toBeVisible()
  })

  test('Escape closes the pad', async ({ show, page }) => {
    await show.open('?adminPin=246813#/intro')
    const admin = await show.openAdmin()
    await page.keyboard.press('Escape')
    await expect(admin).toBeHidden()
    await expect(page.getByTestId('overview'), 'Escape did not also open the overview').toHaveCount(
      0
    )
  })
})
