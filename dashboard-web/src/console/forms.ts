import type { ApiError } from '../shared/problem'
import type { ActionName } from './actions'
import { fromInputValue } from './time'

/** The fields of every action form, as the inputs hold them (times as Beijing `datetime-local` values). */
export interface FormValues {
  categoryId: string
  priority: string
  departmentId: string
  signOffDueAt: string
  dueAt: string
  instructions: string
  newDueAt: string
  reason: string
  note: string
  resolution: string
  passed: string
  satisfaction: string
  comment: string
}

export type Field = keyof FormValues

export function emptyForm(): FormValues {
  return {
    categoryId: '', priority: 'NORMAL', departmentId: '', signOffDueAt: '', dueAt: '', instructions: '', newDueAt: '',
    reason: '', note: '', resolution: '', passed: 'true', satisfaction: '', comment: '',
  }
}

/** The backend's limit on every free text (report/Report's MAX_TEXT_LENGTH), counted in characters. */
export const MAX_TEXT = 1000

/** Which fields each form shows, in order. */
export const FIELDS: Record<ActionName, Field[]> = {
  classify: ['categoryId', 'priority'],
  reject: ['reason'],
  dispatch: ['departmentId', 'signOffDueAt', 'dueAt', 'instructions'],
  accept: [],
  return: ['reason'],
  extend: ['newDueAt', 'reason'],
  progress: ['note'],
  resolve: ['resolution'],
  verify: ['passed', 'note'],
  rate: ['satisfaction', 'comment'],
  close: [],
  escalate: [],
}

/** A problem with one field, as a dictionary key with its values. */
export interface FieldProblem {
  key: 'required' | 'tooLong' | 'notATime' | 'mustBeFuture' | 'signOffAfterDue' | 'mustBeAfterCurrentDue'
  values?: Record<string, string | number>
}

export interface Context {
  now: number
  /** The resolution due time the report has now, which an extension must move later. */
  currentDueAt: string | null
  /** The department holding the report, on whose behalf a handler acts. */
  holdingDepartmentId: string | null
}

const length = (s: string) => [...s].length

function required(action: ActionName, field: Field, values: FormValues): boolean {
  switch (field) {
    case 'categoryId':
    case 'priority':
    case 'departmentId':
    case 'newDueAt':
    case 'resolution':
    case 'satisfaction':
      return true
    case 'reason':
      return action !== 'verify'
    case 'note':
      return action === 'progress' || (action === 'verify' && values.passed === 'false')
    default:
      return false
  }
}

const TEXTS: readonly Field[] = ['instructions', 'reason', 'note', 'resolution', 'comment']
const TIMES: readonly Field[] = ['signOffDueAt', 'dueAt', 'newDueAt']

/** Checks a form before it is sent; an empty answer means it may go. */
export function validate(action: ActionName, values: FormValues, context: Context): Partial<Record<Field, FieldProblem>> {
  const problems: Partial<Record<Field, FieldProblem>> = {}
  for (const field of FIELDS[action]) {
    const value = values[field].trim()
    if (!value) {
      if (required(action, field, values)) problems[field] = { key: 'required' }
      continue
    }
    if (TEXTS.includes(field) && length(values[field]) > MAX_TEXT) {
      problems[field] = { key: 'tooLong', values: { max: MAX_TEXT, n: length(values[field]) } }
    }
    if (TIMES.includes(field)) {
      const instant = fromInputValue(value)
      if (!instant) problems[field] = { key: 'notATime' }
      else if (new Date(instant).getTime() <= context.now) problems[field] = { key: 'mustBeFuture' }
      else if (field === 'newDueAt' && context.currentDueAt && new Date(instant) <= new Date(context.currentDueAt))
        problems[field] = { key: 'mustBeAfterCurrentDue' }
    }
  }
  if (action === 'dispatch' && !problems.signOffDueAt && !problems.dueAt && values.signOffDueAt && values.dueAt) {
    const signOff = fromInputValue(values.signOffDueAt)
    const due = fromInputValue(values.dueAt)
    if (signOff && due && new Date(signOff) > new Date(due)) problems.signOffDueAt = { key: 'signOffAfterDue' }
  }
  return problems
}

const optional = (s: string) => (s.trim() ? s.trim() : undefined)

/** The request body the action's endpoint takes (api/ReportRequests). */
export function requestBody(action: ActionName, values: FormValues, context: Context): Record<string, unknown> {
  switch (action) {
    case 'classify':
      return { categoryId: values.categoryId, priority: values.priority }
    case 'reject':
    case 'return':
      return action === 'reject'
        ? { reason: values.reason.trim() }
        : { departmentId: context.holdingDepartmentId, reason: values.reason.trim() }
    case 'dispatch':
      return {
        departmentId: values.departmentId,
        signOffDueAt: values.signOffDueAt ? fromInputValue(values.signOffDueAt) : undefined,
        dueAt: values.dueAt ? fromInputValue(values.dueAt) : undefined,
        instructions: optional(values.instructions),
      }
    case 'accept':
      return { departmentId: context.holdingDepartmentId }
    case 'extend':
      return { newDueAt: fromInputValue(values.newDueAt), reason: values.reason.trim() }
    case 'progress':
      return { note: values.note.trim() }
    case 'resolve':
      return { departmentId: context.holdingDepartmentId, resolution: values.resolution.trim() }
    case 'verify':
      return { passed: values.passed !== 'false', note: optional(values.note) }
    case 'rate':
      return { satisfaction: values.satisfaction, comment: optional(values.comment) }
    case 'close':
    case 'escalate':
      return {}
  }
}

/**
 * The server's message for a form field. The server names a rework's note `reason` (report/RequestRework), so
 * each field also answers to the names the server may use for it.
 */
export function serverError(failure: ApiError, action: ActionName, field: Field): string | undefined {
  const names: string[] = [field]
  if (action === 'verify' && field === 'note') names.push('reason')
  for (const name of names) {
    const message = failure.fieldError(name)
    if (message) return message
  }
  return undefined
}

/** Server errors that name no field of the form, to be shown with the form as a whole. */
export function unplacedErrors(failure: ApiError, action: ActionName): string[] {
  const fields = FIELDS[action]
  return (failure.problem.errors ?? [])
    .filter((e) => !fields.some((f) => e.field === f || e.field.endsWith(`.${f}`) || (action === 'verify' && f === 'note' && /(^|\.)reason$/.test(e.field))))
    .map((e) => `${e.field}: ${e.message}`)
}
