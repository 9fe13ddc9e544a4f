import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

/** The packaged backend, as README's run command builds it. */
export const BACKEND_JAR = resolve(import.meta.dirname, '..', '..', 'backend', 'target', 'quarkus-app', 'quarkus-run.jar')
export const ADMIN_PASSWORD = 'e2e-admin-password'
export const DEMO_PASSWORD = 'grid-steward-demo'

/**
 * The system properties every backend of these tests runs with: the embedded database in a file of its own (so
 * a restart keeps the data), the demo accounts, no rate limit on the one client address every test shares.
 */
export function backendArguments(port: number, dataDir: string, extra: string[] = []): string[] {
  return [
    `-Dquarkus.http.port=${port}`,
    '-Dquarkus.http.host=127.0.0.1',
    `-Dgrid.data-dir=${dataDir}`,
    '-Dgrid.embedded.storage=file',
    '-Dgrid.demo.users=true',
    `-Dgrid.admin.password=${ADMIN_PASSWORD}`,
    '-Dgrid.auth.bcrypt-cost=4',
    '-Dgrid.intake.rate-limit.requests=1000000',
    '-Xmx1g',
    ...extra,
    '-jar',
    BACKEND_JAR,
  ]
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'grid-steward-e2e-'))
}

/** A backend a test starts and stops itself, for what the shared one must not suffer (a restart). */
export class Backend {
  private process: ChildProcess | null = null

  constructor(
    readonly port: number,
    readonly dataDir: string = freshDataDir(),
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async start(timeoutMs = 90_000): Promise<void> {
    const log = createWriteStream(join(this.dataDir, 'backend.log'), { flags: 'a' })
    const child = spawn('java', backendArguments(this.port, this.dataDir), { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout?.pipe(log)
    child.stderr?.pipe(log)
    this.process = child
    await waitUntilReady(this.url, timeoutMs, () => child.exitCode !== null)
  }

  /** SIGTERM, as an operator's restart sends; waits until the process is gone. */
  async stop(): Promise<void> {
    const child = this.process
    if (!child || child.exitCode !== null) return
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    await exited
    clearTimeout(timer)
    this.process = null
  }
}

export async function waitUntilReady(url: string, timeoutMs: number, gaveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (gaveUp()) throw new Error(`the backend at ${url} exited while starting`)
    try {
      const response = await fetch(`${url}/q/health/ready`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250))
  }
  throw new Error(`the backend at ${url} was not ready within ${timeoutMs} ms`)
}
