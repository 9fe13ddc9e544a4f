import { expect, request as apiRequest, test, type Page, type TestInfo } from '@playwright/test'
import { displayToken, submitReport } from '../support/api'
import { Backend } from '../support/backend'

// The command-center wall: live over /ws/wall, in Chinese by default with an English switch.

const CJK = /[\u3400-\u9fff]/

function connection(page: Page) {
  return page.locator('.conn')
}

function kpi(page: Page, name: string) {
  return page.locator(`[data-kpi="${name}"] .kpi-value`)
}

async function count(page: Page, name: string): Promise<number> {
  const text = (await kpi(page, name).textContent()) ?? ''
  const value = Number.parseInt(text.replace(/[^\d]/g, ''), 10)
  return Number.isNaN(value) ? 0 : value
}

async function openWall(page: Page, token: string, query = ''): Promise<void> {
  await page.goto(`/wall${query}#token=${token}`)
  await expect(connection(page)).toContainText('实时', { timeout: 15_000 })
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(name, { body: await page.screenshot(), contentType: 'image/png' })
}

/** Every text a viewer sees or hears on the wall: the page's text and the words the charts carry. */
async function visibleWords(page: Page): Promise<string> {
  const text = await page.locator('.canvas').innerText()
  const labels = await page.locator('.canvas [aria-label]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''))
  return [text, ...labels].join('\n')
}

test('a report submitted through the API reaches the ticker and the figures within 2 s', async ({ page, request }, testInfo) => {
  const token = await displayToken(request)
  await openWall(page, token)
  // The first event of a fresh server also warms its processors up: the 2 s are for a server at work.
  const first = await submitReport(request, { gridId: 'g-01-01', categoryId: 'parking' })
  await expect(page.locator('.tick', { hasText: first.reportId })).toBeVisible({ timeout: 30_000 })
  await expect(kpi(page, 'newToday')).not.toHaveText(/^0\D*$/)
  const before = await count(page, 'newToday')

  const submitted = await submitReport(request, { gridId: 'g-01-01', categoryId: 'parking' })
  const accepted = Date.now()
  // Timed inside the page, when the DOM changes, so the test runner's own polling on a loaded machine is not
  // counted; browser and runner share the machine's clock.
  const shown = await page.evaluate(
    ({ reportId, target }) =>
      new Promise<number>((done) => {
        const check = () => {
          const onTicker = [...document.querySelectorAll('.tick')].some((n) => n.textContent?.includes(reportId))
          const figure = document.querySelector('[data-kpi="newToday"] .kpi-value')?.textContent ?? ''
          if (onTicker && Number.parseInt(figure.replace(/\D/g, ''), 10) === target) {
            observer.disconnect()
            done(Date.now())
          }
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { subtree: true, childList: true, characterData: true })
        check()
      }),
    { reportId: submitted.reportId, target: before + 1 },
  )
  expect(shown - accepted).toBeLessThanOrEqual(2_000)
  const row = page.locator('.tick', { hasText: submitted.reportId })
  // The ticker names the grid and the category, not their ids.
  await expect(row).toContainText('幸福里第一网格')
  await expect(row).toContainText('停车难')
  // The token does not stay in the address bar.
  expect(page.url()).not.toContain('token=')
  await screenshot(page, testInfo, 'wall-city-zh-1920x1080.png')
})

test('the language switch turns every visible label to English and back', async ({ page, request }, testInfo) => {
  const token = await displayToken(request)
  await submitReport(request, { gridId: 'g-02-01', categoryId: 'garbage' })
  await openWall(page, token)
  await expect(page.locator('.tick').first()).toBeVisible()
  expect(await visibleWords(page)).toMatch(CJK)

  await page.getByRole('button', { name: 'Switch to English' }).click()
  await expect(connection(page)).toContainText('Live')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  const english = await visibleWords(page)
  // The switch itself names the other language, in that language.
  const leftovers = english.split('\n').filter((line) => CJK.test(line) && !['中文', '切换到中文'].includes(line.trim()))
  expect(leftovers).toEqual([])
  expect(english).toContain('Smart Steward Command Center')
  expect(english).toContain('Reports by category')
  await screenshot(page, testInfo, 'wall-city-en-1920x1080.png')

  await page.getByRole('button', { name: '切换到中文' }).click()
  await expect(page.locator('h1')).toContainText('智慧管家指挥中心')
})

test('a grid clicked on the map opens that grid’s own wall, and the way back goes up one level', async ({ page, request }, testInfo) => {
  const token = await displayToken(request)
  await submitReport(request, { gridId: 'g-01-01', categoryId: 'parking' })
  await openWall(page, token, '?scope=street:st-dongcheng')
  await expect(page.locator('.trail')).toContainText('东城街道')
  // Only the street's own grids are drawn, each named in the chart's description.
  const map = page.locator('.map')
  await expect(map).toHaveAttribute('aria-label', /幸福里第一网格/)
  await expect(map).not.toHaveAttribute('aria-label', /滨河/)
  await screenshot(page, testInfo, 'wall-street-zh-1920x1080.png')

  // The street's grids tile its map, so its middle lies in one of them.
  await map.click()
  await expect(page).toHaveURL(/scope=grid(%3A|:)g-/)
  await expect(connection(page)).toContainText('实时', { timeout: 15_000 })
  await expect(page.locator('.trail')).toContainText('东城街道')
  const grid = (await page.locator('.trail strong').textContent()) ?? ''
  expect(grid).toMatch(/网格/)
  // A reload keeps the display token: it stays in this tab, not in the address.
  await page.reload()
  await expect(connection(page)).toContainText('实时', { timeout: 15_000 })
  await expect(page.locator('.trail strong')).toHaveText(grid)
  await screenshot(page, testInfo, 'wall-grid-zh-1920x1080.png')

  await page.getByRole('button', { name: /返回上级/ }).click()
  await expect(page).toHaveURL(/scope=community(%3A|:)cm-/)
  await expect(connection(page)).toContainText('实时', { timeout: 15_000 })
  await expect(page.locator('.trail')).toContainText('社区')
})

test('the wall recovers by itself when its connection drops, and misses nothing', async ({ page, request }) => {
  const token = await displayToken(request)
  let sockets = 0
  let drop: () => void = () => undefined
  // Stand between page and server so the test can cut the line as a network failure would.
  await page.routeWebSocket(/\/ws\/wall/, (socket) => {
    sockets += 1
    const server = socket.connectToServer()
    drop = () => socket.close({ code: 4000, reason: 'line cut' })
    void server
  })
  await openWall(page, token)
  expect(sockets).toBe(1)

  drop()
  const submitted = await submitReport(request, { gridId: 'g-01-02', categoryId: 'noise' })
  // Back on its own (backoff of about a second), resuming with since: the report made while away arrives.
  await expect(page.locator('.tick', { hasText: submitted.reportId })).toBeVisible({ timeout: 10_000 })
  await expect(connection(page)).toContainText('实时')
  expect(sockets).toBeGreaterThanOrEqual(2)
})

test('the wall shows it is reconnecting while the server restarts and comes back live by itself', async ({ page }, testInfo) => {
  test.setTimeout(360_000)
  const backend = new Backend(Number(process.env.E2E_RESTART_PORT ?? 18191))
  await backend.start(150_000)
  const api = await apiRequest.newContext({ baseURL: backend.url })
  try {
    const token = await displayToken(api)
    await page.goto(`${backend.url}/wall#token=${token}`)
    await expect(connection(page)).toContainText('实时', { timeout: 15_000 })

    await backend.stop()
    await expect(connection(page)).toContainText('重连中', { timeout: 10_000 })
    await screenshot(page, testInfo, 'wall-reconnecting-1920x1080.png')

    await backend.start(150_000)
    const submitted = await submitReport(api, { gridId: 'g-03-01', categoryId: 'fees' })
    // The backoff is at most 30 s; the first frame after the restart is a snapshot holding the new report.
    await expect(connection(page)).toContainText('实时', { timeout: 45_000 })
    await expect(page.locator('.tick', { hasText: submitted.reportId })).toBeVisible({ timeout: 10_000 })
  } finally {
    await api.dispose()
    await backend.stop()
  }
})
