import { describe, expect, it } from 'vitest'
import { actionsFor, availableActions, roleOf } from './actions'

describe('availableActions', () => {
  it('offers a dispatcher classification and rejection of a new report, not dispatch', () => {
    expect(availableActions('SUBMITTED', 'DISPATCHER')).toEqual(['classify', 'reject'])
  })

  it('offers a dispatcher re-classification, dispatch and rejection of a classified report', () => {
    expect(availableActions('CLASSIFIED', 'DISPATCHER')).toEqual(['classify', 'dispatch', 'reject'])
  })

  it('offers a reopened report to be classified and dispatched again, but not rejected', () => {
    expect(availableActions('REOPENED', 'DISPATCHER')).toEqual(['classify', 'dispatch'])
  })

  it('lets a dispatcher extend the deadline while a department holds the report', () => {
    expect(availableActions('DISPATCHED', 'DISPATCHER')).toEqual(['extend'])
    expect(availableActions('ACCEPTED', 'DISPATCHER')).toEqual(['extend'])
  })

  it('lets a dispatcher close a verified, rated or rejected report and nothing else', () => {
    for (const status of ['VERIFIED', 'RATED', 'REJECTED']) expect(availableActions(status, 'DISPATCHER')).toEqual(['close'])
    expect(availableActions('CLOSED', 'DISPATCHER')).toEqual([])
    expect(availableActions('RESOLVED', 'DISPATCHER')).toEqual([])
  })

  it('lets a department sign for a dispatched report or return it', () => {
    expect(availableActions('DISPATCHED', 'DEPARTMENT_HANDLER')).toEqual(['accept', 'return'])
  })

  it('lets a department note progress, resolve or return a report it has signed for', () => {
    expect(availableActions('ACCEPTED', 'DEPARTMENT_HANDLER')).toEqual(['progress', 'resolve', 'return'])
  })

  it('lets a supervisor put a report under supervision only while a department holds it', () => {
    expect(availableActions('DISPATCHED', 'SUPERVISOR')).toEqual(['escalate'])
    expect(availableActions('ACCEPTED', 'SUPERVISOR')).toEqual(['escalate'])
    expect(availableActions('SUBMITTED', 'SUPERVISOR')).toEqual([])
  })

  it('lets a grid worker verify a resolution and nothing before it', () => {
    expect(availableActions('RESOLVED', 'GRID_WORKER')).toEqual(['verify'])
    expect(availableActions('SUBMITTED', 'GRID_WORKER')).toEqual([])
  })

  it('offers an auditor nothing at any stage', () => {
    for (const status of ['SUBMITTED', 'CLASSIFIED', 'DISPATCHED', 'ACCEPTED', 'RESOLVED', 'VERIFIED', 'RATED', 'REJECTED', 'CLOSED'])
      expect(availableActions(status, 'AUDITOR')).toEqual([])
  })

  it('offers admin every action the stage allows, rating included', () => {
    expect(availableActions('VERIFIED', 'ADMIN')).toEqual(['rate', 'close'])
    expect(availableActions('ACCEPTED', 'ADMIN')).toEqual(['progress', 'resolve', 'return', 'extend', 'escalate'])
  })

  it('reads the role as the token writes it', () => {
    expect(availableActions('SUBMITTED', 'dispatcher')).toEqual(['classify', 'reject'])
    expect(availableActions('SUBMITTED', 'someone')).toEqual([])
    expect(roleOf('department_handler')).toBe('DEPARTMENT_HANDLER')
  })
})

describe('actionsFor', () => {
  it('offers a handler nothing on a report another department holds', () => {
    expect(actionsFor('DISPATCHED', 'DEPARTMENT_HANDLER', 'dept-housing', 'dept-urban-mgmt')).toEqual([])
    expect(actionsFor('DISPATCHED', 'DEPARTMENT_HANDLER', 'dept-urban-mgmt', 'dept-urban-mgmt')).toEqual(['accept', 'return'])
  })

  it('leaves other roles as the stage allows', () => {
    expect(actionsFor('ACCEPTED', 'ADMIN', 'dept-housing', null)).toContain('resolve')
  })
})
