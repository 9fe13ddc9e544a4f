import { afterEach, describe, expect, it, vi } from 'vitest'
import { emptyFilters } from './filters'
import { dispatchedView, LIST_PAGE } from './fixtures'
import { useReportList } from './useReportList'

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } })
}

describe('the report list', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('loads the next page with the cursor and adds its rows after the first', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(answer(200, { items: [LIST_PAGE.items[0]], next: 'c1' }))
      .mockResolvedValueOnce(answer(200, { items: [LIST_PAGE.items[1]], next: null }))
    vi.stubGlobal('fetch', fetch)
    const list = useReportList()
    await list.load(emptyFilters())
    await list.loadMore()
    expect(String(fetch.mock.calls[1]?.[0])).toBe('/api/reports?limit=50&after=c1')
    expect(list.rows.value.map((r) => r.reportId)).toEqual(['2026112300012', '2026112300011'])
    expect(list.next.value).toBeNull()
  })

  it('says the list is unavailable when the server has no list to give', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(405, { status: 405, title: 'Method Not Allowed' })))
    const list = useReportList()
    await list.load(emptyFilters())
    expect(list.unavailable.value).toBe(true)
    expect(list.error.value).toBeNull()
  })

  it('keeps the server’s refusal of a filter to show', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(400, { status: 400, detail: 'status: unknown status NOPE' })))
    const list = useReportList()
    await list.load(emptyFilters())
    expect(list.error.value?.message).toBe('status: unknown status NOPE')
  })

  it('shows a report changed on the page in its row', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(200, { items: [{ ...LIST_PAGE.items[0], status: 'CLASSIFIED' }], next: null })))
    const list = useReportList()
    await list.load(emptyFilters())
    list.update(dispatchedView())
    expect(list.rows.value[0]).toMatchObject({ status: 'DISPATCHED', reporter: '张*丰 138****8000' })
  })
})
