import { api } from '../shared/api'
import { ApiError } from '../shared/problem'
import type { Session } from '../shared/session'
import { roleOf, type Role } from './actions'

/** The signed-in account as `GET /api/me` answers it. */
export interface Me {
  username: string
  role: Role | null
  /** The area looked after; null for an account whose reach is its department. */
  scope: { level: 'CITY' | 'STREET' | 'COMMUNITY' | 'GRID'; ids: string[] } | null
  departmentId: string | null
}

/** Who is signed in; a server without `/api/me` leaves what the token says, with no area or department known. */
export async function loadMe(session: Session): Promise<Me> {
  try {
    const answer = await api<{ username: string; role: string; scope: Me['scope']; departmentId: string | null }>('GET', '/api/me')
    return { username: answer.username, role: roleOf(answer.role), scope: answer.scope ?? null, departmentId: answer.departmentId ?? null }
  } catch (failure) {
    if (failure instanceof ApiError && (failure.status === 404 || failure.status === 405)) {
      return { username: session.username, role: roleOf(session.role), scope: null, departmentId: null }
    }
    throw failure
  }
}
