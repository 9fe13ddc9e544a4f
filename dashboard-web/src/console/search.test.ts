import { describe, expect, it } from 'vitest'
import { emptyFilters } from './filters'
import { dispatchedView, LIST_PAGE } from './fixtures'
import { pageFrom, rowFrom, rowFromView, searchQuery } from './search'

describe('the list of reports', () => {
  it('reads a page with its rows and the cursor of the next one', () => {
    const page = pageFrom(LIST_PAGE)
    expect(page.items.map((r) => r.reportId)).toEqual(['2026112300012', '2026112300011'])
    expect(page.next).toBe(LIST_PAGE.next)
    expect(page.counts).toBeNull()
  })

  it('reads the status label whether it comes as one object or as two fields', () => {
    const [first, second] = pageFrom(LIST_PAGE).items
    expect(first?.statusLabel).toEqual({ zh: '待签收', en: 'Awaiting sign-off' })
    expect(second?.statusLabel).toEqual({ zh: '待受理', en: 'Awaiting intake' })
  })

  it('shows a masked reporter as one text and an escalation by its level', () => {
    const row = rowFrom(LIST_PAGE.items[0])
    expect(row.reporter).toBe('张*丰 138****8000')
    expect(row.escalation).toBe('COMMUNITY')
    expect(rowFrom({ ...LIST_PAGE.items[0], escalation: { level: 'STREET' } }).escalation).toBe('STREET')
  })

  it('reads a row with fields missing without failing', () => {
    const row = rowFrom({ reportId: 'x', status: 'CLOSED' })
    expect(row).toMatchObject({ reportId: 'x', overdue: false, dueAt: null, description: '', statusLabel: { zh: '已关闭' } })
  })

  it('keeps the last page as the last: no cursor', () => {
    expect(pageFrom({ items: [], next: null }).next).toBeNull()
  })

  it('reads counts per status when the server sends them', () => {
    expect(pageFrom({ items: [], next: null, counts: { SUBMITTED: 3 } }).counts).toEqual({ SUBMITTED: 3 })
  })

  it('asks for every status chosen, the filters set and the cursor', () => {
    const filters = { ...emptyFilters(), status: ['SUBMITTED', 'CLASSIFIED'], gridId: 'g-01-01', overdue: true, q: ' 停车 ' }
    expect(searchQuery(filters, 'abc')).toBe('status=SUBMITTED&status=CLASSIFIED&gridId=g-01-01&overdue=true&q=%E5%81%9C%E8%BD%A6&limit=50&after=abc')
    expect(searchQuery(emptyFilters(), null)).toBe('limit=50')
  })

  it('makes a row from a report just changed, keeping the list’s masked reporter', () => {
    const previous = rowFrom(LIST_PAGE.items[0])
    const row = rowFromView(dispatchedView(), Date.parse('2026-11-23T05:00:00Z'), previous)
    expect(row).toMatchObject({
      status: 'DISPATCHED',
      dueAt: '2026-11-23T04:00:00Z',
      overdue: true,
      description: '3号楼消防通道被私家车占用',
      reporter: '张*丰 138****8000',
      lastEventAt: '2026-11-23T02:00:00Z',
    })
  })

  it('never puts a reporter read in clear into a row', () => {
    expect(rowFromView(dispatchedView()).reporter).toBeNull()
  })
})
