import { describe, expect, it } from 'vitest'
import { ApiError } from '../shared/problem'
import { emptyForm, requestBody, serverError, unplacedErrors, validate, type Context } from './forms'

const NOW = Date.parse('2026-11-24T00:00:00Z') // 08:00 in Beijing
const CONTEXT: Context = { now: NOW, currentDueAt: '2026-11-25T00:00:00Z', holdingDepartmentId: 'dept-urban-mgmt' }

describe('action forms', () => {
  it('requires a reason to reject', () => {
    expect(validate('reject', emptyForm(), CONTEXT)).toEqual({ reason: { key: 'required' } })
  })

  it('refuses text longer than the server accepts, counted in characters', () => {
    const form = { ...emptyForm(), reason: '退'.repeat(1001) }
    expect(validate('reject', form, CONTEXT).reason?.key).toBe('tooLong')
    expect(validate('reject', { ...form, reason: '退'.repeat(1000) }, CONTEXT)).toEqual({})
  })

  it('lets a dispatch go without due times: the server takes the category’s windows', () => {
    const form = { ...emptyForm(), departmentId: 'dept-urban-mgmt' }
    expect(validate('dispatch', form, CONTEXT)).toEqual({})
    expect(requestBody('dispatch', form, CONTEXT)).toEqual({ departmentId: 'dept-urban-mgmt', signOffDueAt: undefined, dueAt: undefined, instructions: undefined })
  })

  it('refuses a due time in the past', () => {
    const form = { ...emptyForm(), departmentId: 'd', dueAt: '2026-11-24T07:59' }
    expect(validate('dispatch', form, CONTEXT)).toEqual({ dueAt: { key: 'mustBeFuture' } })
  })

  it('refuses a sign-off due after the resolution due', () => {
    const form = { ...emptyForm(), departmentId: 'd', signOffDueAt: '2026-11-26T10:00', dueAt: '2026-11-25T10:00' }
    expect(validate('dispatch', form, CONTEXT)).toEqual({ signOffDueAt: { key: 'signOffAfterDue' } })
  })

  it('sends due times entered in Beijing time as instants', () => {
    const form = { ...emptyForm(), departmentId: 'd', signOffDueAt: '2026-11-24T12:00', dueAt: '2026-11-26T17:30', instructions: ' 尽快 ' }
    expect(requestBody('dispatch', form, CONTEXT)).toEqual({
      departmentId: 'd', signOffDueAt: '2026-11-24T04:00:00.000Z', dueAt: '2026-11-26T09:30:00.000Z', instructions: '尽快',
    })
  })

  it('requires an extension to move the due time later than it is', () => {
    const form = { ...emptyForm(), newDueAt: '2026-11-25T07:00', reason: '需协调' }
    expect(validate('extend', form, CONTEXT)).toEqual({ newDueAt: { key: 'mustBeAfterCurrentDue' } })
    expect(validate('extend', { ...form, newDueAt: '2026-11-25T09:00' }, CONTEXT)).toEqual({})
  })

  it('requires a note only when a verification fails', () => {
    expect(validate('verify', emptyForm(), CONTEXT)).toEqual({})
    expect(validate('verify', { ...emptyForm(), passed: 'false' }, CONTEXT)).toEqual({ note: { key: 'required' } })
    expect(requestBody('verify', { ...emptyForm(), passed: 'false', note: '未清理干净' }, CONTEXT)).toEqual({ passed: false, note: '未清理干净' })
  })

  it('acts for the department holding the report when signing for it, returning or resolving it', () => {
    expect(requestBody('accept', emptyForm(), CONTEXT)).toEqual({ departmentId: 'dept-urban-mgmt' })
    expect(requestBody('resolve', { ...emptyForm(), resolution: '已清理' }, CONTEXT)).toEqual({ departmentId: 'dept-urban-mgmt', resolution: '已清理' })
  })

  it('requires a rating to rate', () => {
    expect(validate('rate', emptyForm(), CONTEXT)).toEqual({ satisfaction: { key: 'required' } })
  })
})

describe('the server’s field errors', () => {
  const failure = new ApiError({
    status: 400,
    detail: 'invalid: dispatch.body.dueAt',
    errors: [
      { field: 'dispatch.body.dueAt', message: 'must be after the dispatch' },
      { field: 'version', message: 'stale' },
    ],
  })

  it('finds the message for a form field by the last part of its name', () => {
    expect(serverError(failure, 'dispatch', 'dueAt')).toBe('must be after the dispatch')
    expect(serverError(failure, 'dispatch', 'departmentId')).toBeUndefined()
  })

  it('finds a rework’s reason under the form’s note', () => {
    const rework = new ApiError({ status: 422, errors: [{ field: 'reason', message: 'is required' }] })
    expect(serverError(rework, 'verify', 'note')).toBe('is required')
    expect(unplacedErrors(rework, 'verify')).toEqual([])
  })

  it('keeps errors that name no field of the form to show with the form', () => {
    expect(unplacedErrors(failure, 'dispatch')).toEqual(['version: stale'])
  })
})
