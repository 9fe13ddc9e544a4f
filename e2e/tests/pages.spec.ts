import { expect, test } from '@playwright/test'

// Each page loads under the server's strict content policy without a script or style being refused.
for (const page of ['wall', 'console', 'report']) {
  test(`the ${page} page loads without a refused resource or a script error`, async ({ page: browser }) => {
    const problems: string[] = []
    browser.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    browser.on('pageerror', (error) => problems.push(error.message))
    browser.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
    const response = await browser.goto(`/${page}`)
    expect(response?.status()).toBe(200)
    await expect(browser.locator('#app')).not.toBeEmpty()
    await browser.waitForLoadState('networkidle')
    expect(problems).toEqual([])
  })
}
