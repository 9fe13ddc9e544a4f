import { describe, expect, it } from 'vitest'
import { type MyReport, ReceiptStore } from './receipts'
import { memoryStore } from './storage'

const report = (reportId: string): MyReport => ({
  reportId,
  receipt: `receipt-${reportId}`,
  categoryId: 'parking',
  gridId: 'g-01-01',
  submittedAt: '2026-11-23T10:00:00Z',
  status: 'SUBMITTED',
  statusLabel: { zh: '待受理', en: 'Awaiting intake' },
})

describe('ReceiptStore', () => {
  it('keeps receipts across reloads, newest first', () => {
    const storage = memoryStore()
    new ReceiptStore(storage).add(report('A'))
    new ReceiptStore(storage).add(report('B'))
    expect(new ReceiptStore(storage).list().map((r) => r.reportId)).toEqual(['B', 'A'])
  })

  it('does not list the same report twice when its receipt comes again', () => {
    const store = new ReceiptStore(memoryStore())
    store.add(report('A'))
    store.add(report('B'))
    store.add({ ...report('A'), receipt: 'newer' })
    expect(store.list().map((r) => [r.reportId, r.receipt])).toEqual([
      ['A', 'newer'],
      ['B', 'receipt-B'],
    ])
  })

  it('records the status the server last gave', () => {
    const store = new ReceiptStore(memoryStore())
    store.add(report('A'))
    store.update('A', { status: 'VERIFIED', statusLabel: { zh: '待评价', en: 'Awaiting rating' } })
    expect(store.get('A')).toMatchObject({ status: 'VERIFIED', receipt: 'receipt-A' })
  })

  it('keeps the latest fifty', () => {
    const store = new ReceiptStore(memoryStore())
    for (let i = 0; i < 55; i++) store.add(report(`R${i}`))
    const kept = store.list()
    expect(kept).toHaveLength(50)
    expect(kept[0]?.reportId).toBe('R54')
  })

  it('ignores what is not a list of receipts', () => {
    const storage = memoryStore()
    storage.setItem('grid-steward.report.receipts', '{"oops":1}')
    expect(new ReceiptStore(storage).list()).toEqual([])
  })
})
