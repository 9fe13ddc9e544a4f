import { describe, expect, it } from 'vitest'
import { DraftStore, emptyFields, newIdempotencyKey } from './draft'
import { memoryStore } from './storage'

const keys = () => {
  let n = 0
  return () => `key-0000-${++n}`
}

describe('DraftStore', () => {
  it('keeps the idempotency key across a reload of the page', () => {
    const storage = memoryStore()
    const first = new DraftStore(storage, keys()).current()
    const afterReload = new DraftStore(storage, () => 'another-key-never-used').current()
    expect(afterReload.key).toBe(first.key)
  })

  it('keeps the key when the resident edits the draft', () => {
    const store = new DraftStore(memoryStore(), keys())
    const { key } = store.current()
    store.update({ ...emptyFields(), description: '楼道堆满纸箱' })
    expect(store.current()).toMatchObject({ key, fields: { description: '楼道堆满纸箱' } })
  })

  it('forgets the draft and its key only after the server created the report', () => {
    const storage = memoryStore()
    const store = new DraftStore(storage, keys())
    const { key } = store.current()
    store.sending({ gridId: 'g-01-01', categoryId: 'parking', description: 'x' })
    expect(new DraftStore(storage, keys()).current().key).toBe(key)
    store.created()
    const next = store.current()
    expect(next.key).not.toBe(key)
    expect(next.fields).toEqual(emptyFields())
  })

  it('remembers a body whose answer never came until a definite answer clears it', () => {
    const store = new DraftStore(memoryStore(), keys())
    const body = { gridId: 'g-01-01', categoryId: 'parking', description: '车堵了' }
    store.sending(body)
    store.sending(body)
    expect(store.current().unconfirmed).toEqual([body])
    store.refused(body)
    expect(store.current().unconfirmed).toEqual([])
  })

  it('starts afresh when what is stored is not a draft', () => {
    const storage = memoryStore()
    storage.setItem('grid-steward.report.draft', '{"key":"bad key with spaces"}')
    const draft = new DraftStore(storage, () => 'fresh-key-1').current()
    expect(draft.key).toBe('fresh-key-1')
  })
})

describe('newIdempotencyKey', () => {
  it('makes keys the server accepts, different each time', () => {
    const a = newIdempotencyKey()
    const b = newIdempotencyKey()
    expect(a).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/)
    expect(a).not.toBe(b)
  })
})
