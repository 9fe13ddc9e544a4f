/**
 * The lifecycle actions the API offers and who may take them when. This mirrors the backend's rules
 * (report/Report's allowed statuses, access/AccessRules' roles) only to offer sensible buttons: the server
 * stays the judge and its refusal is shown as it comes.
 */
export type ActionName =
  | 'classify'
  | 'reject'
  | 'dispatch'
  | 'accept'
  | 'return'
  | 'extend'
  | 'progress'
  | 'resolve'
  | 'verify'
  | 'rate'
  | 'close'
  | 'escalate'

export type Role = 'GRID_WORKER' | 'DISPATCHER' | 'DEPARTMENT_HANDLER' | 'SUPERVISOR' | 'AUDITOR' | 'ADMIN' | 'RESIDENT' | 'DISPLAY' | 'SYSTEM'

const ROLES: readonly string[] = ['GRID_WORKER', 'DISPATCHER', 'DEPARTMENT_HANDLER', 'SUPERVISOR', 'AUDITOR', 'ADMIN', 'RESIDENT', 'DISPLAY', 'SYSTEM']

/** A role as the token (`dispatcher`) or `/api/me` (`DISPATCHER`) names it; null for one we do not know. */
export function roleOf(name: string | null | undefined): Role | null {
  const upper = (name ?? '').trim().toUpperCase()
  return ROLES.includes(upper) ? (upper as Role) : null
}

interface Rule {
  statuses: readonly string[]
  roles: readonly Role[]
}

/** In the order the buttons appear: the usual next step first. */
const RULES: Record<ActionName, Rule> = {
  classify: { statuses: ['SUBMITTED', 'CLASSIFIED', 'REOPENED'], roles: ['DISPATCHER'] },
  dispatch: { statuses: ['CLASSIFIED', 'REOPENED'], roles: ['DISPATCHER'] },
  reject: { statuses: ['SUBMITTED', 'CLASSIFIED'], roles: ['DISPATCHER'] },
  accept: { statuses: ['DISPATCHED'], roles: ['DEPARTMENT_HANDLER'] },
  progress: { statuses: ['ACCEPTED'], roles: ['DEPARTMENT_HANDLER'] },
  resolve: { statuses: ['ACCEPTED'], roles: ['DEPARTMENT_HANDLER'] },
  return: { statuses: ['DISPATCHED', 'ACCEPTED'], roles: ['DEPARTMENT_HANDLER'] },
  extend: { statuses: ['DISPATCHED', 'ACCEPTED'], roles: ['DISPATCHER'] },
  escalate: { statuses: ['DISPATCHED', 'ACCEPTED'], roles: ['SUPERVISOR'] },
  verify: { statuses: ['RESOLVED'], roles: ['GRID_WORKER'] },
  rate: { statuses: ['VERIFIED'], roles: ['RESIDENT'] },
  close: { statuses: ['VERIFIED', 'RATED', 'REJECTED'], roles: ['DISPATCHER'] },
}

export const ACTION_NAMES = Object.keys(RULES) as ActionName[]

/** The actions that fit a report in `status` for a caller with `role`; admin may take every one. */
export function availableActions(status: string, role: Role | string | null | undefined): ActionName[] {
  const who = roleOf(role)
  if (!who) return []
  return ACTION_NAMES.filter((name) => {
    const rule = RULES[name]
    return rule.statuses.includes(status) && (who === 'ADMIN' || rule.roles.includes(who))
  })
}

/** Handling actions a department takes only on a report its department holds. */
const HANDLING: readonly ActionName[] = ['accept', 'return', 'progress', 'resolve']

/**
 * Narrows {@link availableActions} by what the page knows of this report: a handler sees handling actions only
 * for their own department's report.
 */
export function actionsFor(
  status: string,
  role: Role | string | null | undefined,
  holdingDepartmentId: string | null | undefined,
  callerDepartmentId: string | null | undefined,
): ActionName[] {
  const who = roleOf(role)
  return availableActions(status, who).filter(
    (name) => who !== 'DEPARTMENT_HANDLER' || !HANDLING.includes(name) || (!!holdingDepartmentId && holdingDepartmentId === callerDepartmentId),
  )
}
