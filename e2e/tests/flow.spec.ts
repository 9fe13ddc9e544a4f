import { expect, test } from '@playwright/test'
import { act, displayToken, submitReport, tokenFor } from '../support/api'
import { DEMO_PASSWORD } from '../support/backend'

/** A `datetime-local` value in Beijing time, `minutes` from now. */
function beijingInMinutes(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000).toISOString().slice(0, 16)
}

// The two pages side by side, as in a command center: what a dispatcher does in the console shows on the wall.
test('a dispatch from the console puts the report on the wall’s deadline board, counting down', async ({ page: wall, context, request }, testInfo) => {
  await wall.goto(`/wall#token=${await displayToken(request)}`)
  await expect(wall.locator('.conn')).toContainText('实时', { timeout: 15_000 })

  const { reportId } = await submitReport(request, { gridId: 'g-01-02', categoryId: 'fire-lane', description: `e2e 调度 消防通道 ${Date.now()}` })
  await act(request, await tokenFor(request, 'demo-dispatcher'), reportId, 'classify', { categoryId: 'fire-lane', priority: 'URGENT' })
  const row = wall.locator('table.board tr', { hasText: reportId })
  await expect(row).toHaveCount(0)

  const console = await context.newPage()
  await console.goto('/console')
  await console.locator('input[name="username"]').fill('demo-dispatcher')
  await console.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await console.getByRole('button', { name: '登录' }).click()
  await console.locator('#open-number').fill(reportId)
  await console.locator('#open-number').press('Enter')
  await expect(console.getByTestId('report-status')).toHaveText('待派遣')
  await console.locator('[data-action="dispatch"]').click()
  // Sooner than anything else on the board, so it is among the rows the board shows.
  await console.locator('input[name="signOffDueAt"]').fill(beijingInMinutes(20))
  await console.locator('input[name="dueAt"]').fill(beijingInMinutes(60))
  await console.getByRole('button', { name: '提交' }).click()
  await expect(console.getByTestId('report-status')).toHaveText('待签收')

  await expect(row).toBeVisible({ timeout: 5_000 })
  const countdown = row.locator('.c-count')
  const first = await countdown.textContent()
  await expect(countdown).not.toHaveText(first ?? '', { timeout: 3_000 })
  await testInfo.attach('wall-after-dispatch', { body: await wall.screenshot(), contentType: 'image/png' })
})
