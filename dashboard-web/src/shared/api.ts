import { ApiError, problemOf } from './problem'
import { endSession, session, sessionFrom, startSession } from './session'

export interface RequestOptions {
  body?: unknown
  /** A bearer token other than the signed-in account's: a display token or a resident's receipt. */
  token?: string | null
  headers?: Record<string, string>
  signal?: AbortSignal
}

/**
 * One call to the API. Errors arrive as ApiError with the problem document; a network failure is an
 * ApiError with status 0 so callers have one kind of failure to show.
 */
export async function api<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const token = options.token !== undefined ? options.token : session.value?.token
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers }
  if (token) headers.Authorization = `Bearer ${token}`
  let body: BodyInit | undefined
  if (options.body instanceof Blob) {
    body = options.body
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  let response: Response
  try {
    response = await fetch(path, { method, headers, body, signal: options.signal })
  } catch (failure) {
    if (failure instanceof DOMException && failure.name === 'AbortError') throw failure
    throw new ApiError({ status: 0, title: 'network', detail: String(failure) })
  }
  if (!response.ok) {
    const problem = await problemOf(response)
    // The account's token was refused (expired, revoked, password reset): sign out rather than fail every call.
    if (response.status === 401 && options.token === undefined && session.value) endSession('refused')
    throw problem
  }
  if (response.status === 204) return undefined as T
  const type = response.headers.get('content-type') ?? ''
  return (type.includes('json') ? await response.json() : await response.blob()) as T
}

interface TokenAnswer {
  access_token: string
  expires_in: number
}

export async function signIn(username: string, password: string): Promise<void> {
  const form = new URLSearchParams({ grant_type: 'password', username, password })
  let response: Response
  try {
    response = await fetch('/api/auth/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form,
    })
  } catch (failure) {
    throw new ApiError({ status: 0, title: 'network', detail: String(failure) })
  }
  if (!response.ok) throw await problemOf(response)
  const answer = (await response.json()) as TokenAnswer
  startSession(sessionFrom(answer.access_token, answer.expires_in))
}
