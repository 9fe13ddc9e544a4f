import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { submitReport, tokenFor } from '../support/api'
import { DEMO_PASSWORD } from '../support/backend'

/** A `datetime-local` value in Beijing time, `days` from now, at 17:30. */
function beijingInput(days: number): string {
  const beijing = new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000)
  return `${beijing.toISOString().slice(0, 10)}T17:30`
}

async function signIn(page: Page, username = 'demo-dispatcher'): Promise<void> {
  await page.goto('/console')
  await page.locator('input[name="username"]').fill(username)
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('who')).toContainText(username)
}

/** Whether the server lists reports yet (GET /api/reports); until then the console opens them by number. */
async function listsReports(request: APIRequestContext): Promise<boolean> {
  const token = await tokenFor(request, 'demo-dispatcher')
  const response = await request.get('/api/reports?limit=1', { headers: { Authorization: `Bearer ${token}` } })
  return response.ok()
}

async function findReport(page: Page, request: APIRequestContext, reportId: string): Promise<void> {
  if (await listsReports(request)) {
    await page.locator('#filter-q').fill(reportId)
    const row = page.getByTestId(`row-${reportId}`)
    // The list is a view of the log and may be a moment behind the submission: refresh until it shows.
    await expect(async () => {
      if (!(await row.isVisible())) await page.locator('.list-head').getByRole('button').click()
      await expect(row).toBeVisible({ timeout: 1_000 })
    }).toPass({ timeout: 15_000 })
    await row.getByRole('link', { name: reportId }).click()
  } else {
    await page.locator('#open-number').fill(reportId)
    await page.locator('#open-number').press('Enter')
  }
  await expect(page.locator('.report-head h2')).toHaveText(reportId)
}

const timeline = (page: Page) => page.getByTestId('timeline').locator('> li')

test('a dispatcher finds a reported problem, classifies it and dispatches it with a due time, and its timeline grows', async ({ page, request }, testInfo) => {
  const { reportId } = await submitReport(request, { description: `e2e 控制台 消防通道被占用 ${Date.now()}` })
  await signIn(page)
  await expect(page.getByTestId('who')).toContainText('指挥中心调度员')
  await findReport(page, request, reportId)
  await page.screenshot({ path: testInfo.outputPath('console-list.png') })
  await testInfo.attach('console-list', { path: testInfo.outputPath('console-list.png'), contentType: 'image/png' })

  await expect(page.getByTestId('report-status')).toHaveText('待受理')
  await expect(timeline(page)).toHaveCount(1)

  await page.locator('[data-action="classify"]').click()
  await page.locator('.action-form select[name="categoryId"]').selectOption('fire-lane')
  await page.getByLabel('紧急', { exact: true }).check()
  await page.getByRole('button', { name: '提交' }).click()
  await expect(page.getByTestId('report-status')).toHaveText('待派遣')
  await expect(timeline(page)).toHaveCount(2)
  await expect(timeline(page).first()).toContainText('分类')
  await expect(timeline(page).first()).toContainText('消防通道')

  await page.locator('[data-action="dispatch"]').click()
  // The category's own department is offered; the dispatcher keeps it.
  await expect(page.locator('.action-form select[name="departmentId"]')).not.toHaveValue('')
  await page.locator('input[name="signOffDueAt"]').fill(beijingInput(1))
  await page.locator('input[name="dueAt"]').fill(beijingInput(3))
  await page.locator('textarea[name="instructions"]').fill('请当天到场处置')
  await page.getByRole('button', { name: '提交' }).click()

  await expect(page.getByTestId('report-status')).toHaveText('待签收')
  await expect(timeline(page)).toHaveCount(3)
  await expect(timeline(page).first()).toContainText('派遣')
  await expect(timeline(page).first()).toContainText('请当天到场处置')
  await expect(page.getByTestId('report-due')).toContainText(beijingInput(3).replace('T', ' '))
  await expect(page.getByTestId('report-notice')).toContainText('派遣')
  await page.screenshot({ path: testInfo.outputPath('console-report.png') })
  await testInfo.attach('console-report', { path: testInfo.outputPath('console-report.png'), contentType: 'image/png' })
})

test('a due time in the past is refused next to its field and nothing is sent', async ({ page, request }) => {
  const { reportId } = await submitReport(request)
  const token = await tokenFor(request, 'demo-dispatcher')
  await request.post(`/api/reports/${reportId}/classify`, { headers: { Authorization: `Bearer ${token}` }, data: { categoryId: 'parking' } })
  await signIn(page)
  await findReport(page, request, reportId)
  await page.locator('[data-action="dispatch"]').click()
  await page.locator('input[name="dueAt"]').fill(beijingInput(-1))
  const sent: string[] = []
  page.on('request', (r) => {
    if (r.method() === 'POST') sent.push(r.url())
  })
  await page.getByRole('button', { name: '提交' }).click()
  await expect(page.locator('[data-error-for="dueAt"]')).toHaveText('必须晚于当前时间')
  await expect(page.locator('input[name="dueAt"]')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.locator('input[name="dueAt"]')).toBeFocused()
  expect(sent).toEqual([])
  await expect(page.getByTestId('report-status')).toHaveText('待派遣')
})

test('signing out returns to the sign-in form and says so', async ({ page }) => {
  await signIn(page)
  await page.getByTestId('sign-out').click()
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await expect(page.getByText('已退出登录。')).toBeVisible()
})

test('a session that runs out returns to the sign-in form with a notice', async ({ page }) => {
  await signIn(page)
  // The token's lifetime is hours; the stored session is made to end two seconds from now instead.
  await page.evaluate(() => {
    const key = 'grid-steward.session'
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { expiresAt: number }
    sessionStorage.setItem(key, JSON.stringify({ ...stored, expiresAt: Date.now() + 2_000 }))
  })
  await page.reload()
  await expect(page.getByTestId('who')).toBeVisible()
  await expect(page.getByText('登录已过期，请重新登录。')).toBeVisible({ timeout: 10_000 })
})

test('a token the server refuses returns to the sign-in form with a notice', async ({ page }) => {
  await signIn(page)
  await page.evaluate(() => {
    const key = 'grid-steward.session'
    const stored = JSON.parse(sessionStorage.getItem(key) ?? '{}') as { token: string }
    sessionStorage.setItem(key, JSON.stringify({ ...stored, token: `${stored.token}x` }))
  })
  await page.reload()
  await expect(page.getByText('登录状态已失效，请重新登录。')).toBeVisible()
})
