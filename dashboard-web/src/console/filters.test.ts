import { describe, expect, it } from 'vitest'
import { emptyFilters, fromSearch, toSearch } from './filters'

describe('filters in the address', () => {
  it('writes and reads back every filter and the open report', () => {
    const filters = { ...emptyFilters(), status: ['SUBMITTED', 'REOPENED'], streetId: 'st-dongcheng', categoryId: 'parking', overdue: true, q: '消防' }
    const search = toSearch({ filters, reportId: '2026112300012' })
    expect(fromSearch(search)).toEqual({ filters, reportId: '2026112300012' })
  })

  it('keeps the page’s other parameters', () => {
    expect(toSearch({ filters: emptyFilters(), reportId: null }, 'lang=en&status=CLOSED')).toBe('?lang=en')
  })

  it('leaves out statuses and ids it cannot know', () => {
    const { filters, reportId } = fromSearch('?status=SUBMITTED,NONSENSE&gridId=../x&report=a%20b')
    expect(filters.status).toEqual(['SUBMITTED'])
    expect(filters.gridId).toBe('')
    expect(reportId).toBeNull()
  })

  it('has an empty address for no filters', () => {
    expect(toSearch({ filters: emptyFilters(), reportId: null })).toBe('')
  })
})
