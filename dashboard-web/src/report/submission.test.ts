import { describe, expect, it } from 'vitest'
import { ApiError } from '../shared/problem'
import { DraftStore, emptyFields, type SubmitBody } from './draft'
import { memoryStore } from './storage'
import { bodyOf, type Post, type Receipt, submitDraft } from './submission'

const receipt = (reportId: string): Receipt => ({
  reportId,
  receipt: `receipt-${reportId}`,
  status: 'SUBMITTED',
  statusLabel: { zh: '待受理', en: 'Awaiting intake' },
  timeline: [],
})

/** A server that, like the real one, answers the same report for the same key and body and 422 for another body. */
function server() {
  const byKey = new Map<string, { body: string; id: string }>()
  const received: { key: string; body: SubmitBody }[] = []
  let lose = 0
  const post: Post = async (body, key) => {
    received.push({ key, body })
    const held = byKey.get(key)
    let id: string
    if (held) {
      if (held.body !== JSON.stringify(body))
        throw new ApiError({ status: 422, type: 'https://grid-steward.org/problems/idempotency-key-reused' })
      id = held.id
    } else {
      id = `R${byKey.size + 1}`
      byKey.set(key, { body: JSON.stringify(body), id })
    }
    if (lose > 0) {
      lose--
      throw new ApiError({ status: 0, title: 'network' })
    }
    return receipt(id)
  }
  return { post, received, reports: () => byKey.size, loseNext: (n: number) => void (lose = n) }
}

const noWait = { wait: async () => {} }
const body: SubmitBody = { gridId: 'g-01-01', categoryId: 'parking', description: '消防通道被占' }

describe('submitDraft', () => {
  it('resends with the same key after a lost answer and gets one report', async () => {
    const api = server()
    api.loseNext(2)
    const store = new DraftStore(memoryStore())
    const { key } = store.current()
    const result = await submitDraft(store, body, api.post, noWait)
    expect(result.receipt.reportId).toBe('R1')
    expect(api.reports()).toBe(1)
    expect(api.received.map((r) => r.key)).toEqual([key, key, key])
  })

  it('reports each retry with its growing pause', async () => {
    const api = server()
    api.loseNext(2)
    const pauses: number[] = []
    await submitDraft(new DraftStore(memoryStore()), body, api.post, { ...noWait, delays: [10, 20, 40], onRetry: (r) => pauses.push(r.waitMs) })
    expect(pauses).toEqual([10, 20])
  })

  it('keeps the draft and key when the retries run out, and a later send gets the same report', async () => {
    const api = server()
    api.loseNext(3)
    const storage = memoryStore()
    const store = new DraftStore(storage)
    const { key } = store.current()
    await expect(submitDraft(store, body, api.post, { ...noWait, delays: [1, 1] })).rejects.toMatchObject({ status: 0 })
    const reloaded = new DraftStore(storage)
    expect(reloaded.current().key).toBe(key)
    const result = await submitDraft(reloaded, body, api.post, noWait)
    expect(result.receipt.reportId).toBe('R1')
    expect(api.reports()).toBe(1)
  })

  it('does not retry a refusal and keeps the draft for correcting', async () => {
    const store = new DraftStore(memoryStore())
    const { key } = store.current()
    let calls = 0
    const refuse: Post = async () => {
      calls++
      throw new ApiError({ status: 400, errors: [{ field: 'submit.body.description', message: 'must not be blank' }] })
    }
    await expect(submitDraft(store, body, refuse, noWait)).rejects.toMatchObject({ status: 400 })
    expect(calls).toBe(1)
    expect(store.current()).toMatchObject({ key, unconfirmed: [] })
  })

  it('answers with the report the server holds when the draft was edited after a lost answer', async () => {
    const api = server()
    const store = new DraftStore(memoryStore())
    api.loseNext(1)
    await expect(submitDraft(store, body, api.post, { ...noWait, delays: [] })).rejects.toMatchObject({ status: 0 })
    const edited = { ...body, description: '消防通道被两辆车占了' }
    const result = await submitDraft(store, edited, api.post, noWait)
    expect(result).toMatchObject({ recovered: true, receipt: { reportId: 'R1' } })
    expect(api.reports()).toBe(1)
  })
})

describe('bodyOf', () => {
  it('leaves out what the resident did not give', () => {
    const fields = { ...emptyFields(), gridId: 'g-01-01', categoryId: 'garbage', description: '  垃圾没人收  ' }
    expect(bodyOf(fields)).toEqual({ gridId: 'g-01-01', categoryId: 'garbage', description: '垃圾没人收' })
  })

  it('carries building, channel, reporter and photos when given', () => {
    const fields = {
      ...emptyFields(),
      gridId: 'g-01-01',
      buildingId: 'b-3',
      categoryId: 'garbage',
      description: '垃圾',
      phone: ' 13800138000 ',
      photos: [{ photoId: 'p1', thumb: '' }],
    }
    expect(bodyOf(fields, 'GRID_WORKER_APP')).toEqual({
      gridId: 'g-01-01',
      categoryId: 'garbage',
      description: '垃圾',
      buildingId: 'b-3',
      channel: 'GRID_WORKER_APP',
      reporter: { phone: '13800138000' },
      photoIds: ['p1'],
    })
  })
})
