import type { APIRequestContext } from '@playwright/test'
import { ADMIN_PASSWORD, DEMO_PASSWORD } from './backend'

/** Signs in through the API and answers the bearer token. */
export async function tokenFor(request: APIRequestContext, username: string): Promise<string> {
  const password = username === 'admin' ? ADMIN_PASSWORD : DEMO_PASSWORD
  const response = await request.post('/api/auth/token', { form: { grant_type: 'password', username, password } })
  if (!response.ok()) throw new Error(`sign-in as ${username}: ${response.status()} ${await response.text()}`)
  return ((await response.json()) as { access_token: string }).access_token
}

export interface Submitted {
  reportId: string
  receipt: string
}

let submissions = 0

/** Submits a report as a resident would, with a fresh idempotency key. */
export async function submitReport(
  request: APIRequestContext,
  report: { gridId?: string; buildingId?: string; categoryId?: string; description?: string } = {},
): Promise<Submitted> {
  submissions += 1
  const response = await request.post('/api/reports', {
    headers: { 'Idempotency-Key': `e2e-${Date.now()}-${process.pid}-${submissions}` },
    data: {
      gridId: report.gridId ?? 'g-01-01',
      buildingId: report.buildingId ?? null,
      categoryId: report.categoryId ?? 'parking',
      description: report.description ?? `e2e 3号楼消防通道被占用 #${submissions}`,
    },
  })
  if (response.status() !== 201) throw new Error(`submit: ${response.status()} ${await response.text()}`)
  return (await response.json()) as Submitted
}

/** A display token for a scope, made by admin as an operator would (README "Displays"). */
export async function displayToken(request: APIRequestContext, scope = 'city'): Promise<string> {
  const admin = await tokenFor(request, 'admin')
  const response = await request.post('/api/displays', {
    headers: { Authorization: `Bearer ${admin}` },
    data: displayRequest(scope),
  })
  if (!response.ok()) throw new Error(`display: ${response.status()} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

function displayRequest(scope: string): object {
  if (scope === 'city') return { name: `e2e wall ${Date.now()}`, scope: { level: 'CITY' } }
  const [level, id] = scope.split(':')
  return { name: `e2e wall ${Date.now()}`, scope: { level: level!.toUpperCase(), ids: [id] } }
}

/** Sends one lifecycle command as the given token; fails the test with the server's answer if refused. */
export async function act(request: APIRequestContext, token: string, reportId: string, action: string, body: object = {}) {
  const response = await request.post(`/api/reports/${reportId}/${action}`, {
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  })
  if (!response.ok()) throw new Error(`${action}: ${response.status()} ${await response.text()}`)
  return response.json()
}
