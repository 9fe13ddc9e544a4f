import { computed, ref } from 'vue'

/**
 * Who is signed in on this browser. The token is kept in sessionStorage (gone with the tab) and forgotten
 * the moment it expires, so a console left open overnight does not keep acting with a dead token.
 */
export interface Session {
  token: string
  username: string
  role: string
  expiresAt: number
}

const KEY = 'grid-steward.session'

function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** Builds a session from a token answer; the clock is a parameter so expiry is testable. */
export function sessionFrom(token: string, expiresInSeconds: number, now = Date.now()): Session {
  const claims = decodeClaims(token)
  const groups = Array.isArray(claims.groups) ? (claims.groups as string[]) : []
  return {
    token,
    username: typeof claims.upn === 'string' ? claims.upn : String(claims.sub ?? ''),
    role: groups[0] ?? '',
    expiresAt: now + expiresInSeconds * 1000,
  }
}

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY)
    const session = raw ? (JSON.parse(raw) as Session) : null
    return session && session.expiresAt > Date.now() ? session : null
  } catch {
    return null
  }
}

const current = ref<Session | null>(load())
let expiryTimer: ReturnType<typeof setTimeout> | undefined
/** Why the last session ended, shown on the sign-in form. */
export const endedBecause = ref<'expired' | 'signed-out' | 'refused' | null>(null)

function armExpiry(): void {
  clearTimeout(expiryTimer)
  const session = current.value
  if (session) {
    // setTimeout fires at once for delays above 2^31-1 ms, so long tokens re-arm instead.
    const delay = Math.min(session.expiresAt - Date.now(), 2_000_000_000)
    expiryTimer = setTimeout(() => (Date.now() >= session.expiresAt ? endSession('expired') : armExpiry()), Math.max(delay, 0))
  }
}
armExpiry()

export const session = computed(() => current.value)

export function startSession(next: Session): void {
  current.value = next
  endedBecause.value = null
  sessionStorage.setItem(KEY, JSON.stringify(next))
  armExpiry()
}

export function endSession(reason: 'expired' | 'signed-out' | 'refused'): void {
  current.value = null
  endedBecause.value = reason
  sessionStorage.removeItem(KEY)
  clearTimeout(expiryTimer)
}
