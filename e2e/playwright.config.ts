import { defineConfig, devices } from '@playwright/test'
import { backendArguments, freshDataDir } from './support/backend'

/** The shared backend every spec talks to; a spec that must restart a backend starts its own (support/backend). */
const port = Number(process.env.E2E_PORT ?? 18180)
export const BASE_URL = `http://127.0.0.1:${port}`

// Debian's Chromium (apt-get install chromium): never a browser downloaded by the test tool. Without the
// background-networking switches it keeps dialling out and the closed network refuses it, many times a second.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
}

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  // One backend, two cores: specs run one after another so their timings mean something.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 }, launchOptions: chromium },
    },
  ],
  webServer: {
    // exec, so the shutdown signal reaches the JVM; its log is kept beside the results for a failed run.
    command: `exec java ${backendArguments(port, freshDataDir()).map((a) => `'${a}'`).join(' ')} > test-results-backend.log 2>&1`,
    url: `${BASE_URL}/q/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
