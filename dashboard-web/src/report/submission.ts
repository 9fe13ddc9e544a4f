import type { Localized } from '../shared/i18n'
import { ApiError } from '../shared/problem'
import type { DraftFields, DraftStore, SubmitBody } from './draft'

/** A step of the report's history as a resident sees it (api/ResidentReportView.Step). */
export interface ResidentStep {
  sequence: number
  type: string
  at: string
}

/** What `GET /api/reports/{id}` answers a receipt holder (api/ResidentReportView). */
export interface ResidentReport {
  reportId: string
  status: string
  statusLabel: Localized
  timeline: ResidentStep[]
}

/** The answer to a submission: the report and the receipt with which to follow and rate it. */
export interface Receipt extends ResidentReport {
  receipt: string
}

/** Sends one body under one key; rejects with ApiError (status 0 for a network failure or timeout). */
export type Post = (body: SubmitBody, key: string) => Promise<Receipt>

export interface Retrying {
  /** 1 for the first retry. */
  attempt: number
  waitMs: number
  error: ApiError
}

export interface SubmitOptions {
  /** Pauses between attempts after a network failure or a server error; when they run out the failure is thrown. */
  delays?: readonly number[]
  wait?: (ms: number) => Promise<void>
  onRetry?: (retrying: Retrying) => void
}

export interface Submitted {
  receipt: Receipt
  /** The server held an earlier version of this draft (sent, answer lost, then edited) and answered with it. */
  recovered: boolean
}

export const RETRY_DELAYS = [1_000, 2_000, 4_000, 8_000, 15_000] as const

/** The body as the server's Submit record takes it; empty optional parts are left out. */
export function bodyOf(fields: DraftFields, channel?: string): SubmitBody {
  const body: SubmitBody = { gridId: fields.gridId, categoryId: fields.categoryId, description: fields.description.trim() }
  if (fields.buildingId) body.buildingId = fields.buildingId
  if (channel) body.channel = channel
  const name = fields.name.trim()
  const phone = fields.phone.trim()
  if (name || phone) body.reporter = { ...(name ? { name } : {}), ...(phone ? { phone } : {}) }
  if (fields.photos.length > 0) body.photoIds = fields.photos.map((p) => p.photoId)
  return body
}

/** The answer may never have arrived, or the server failed after acting: the same key makes a resend safe. */
export function isRetryable(error: ApiError): boolean {
  return error.status === 0 || error.status === 408 || error.status >= 500
}

function isKeyReused(error: ApiError): boolean {
  return error.status === 422 && (error.problem.type ?? '').endsWith('idempotency-key-reused')
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Sends the draft until the server answers. Network failures and server errors are retried with the same key
 * after growing pauses; any other answer is final. The draft and its key are forgotten only on 201.
 */
export async function submitDraft(store: DraftStore, body: SubmitBody, post: Post, options: SubmitOptions = {}): Promise<Submitted> {
  const delays = options.delays ?? RETRY_DELAYS
  const wait = options.wait ?? sleep
  for (let attempt = 0; ; attempt++) {
    const key = store.sending(body).key
    try {
      const receipt = await post(body, key)
      store.created()
      return { receipt, recovered: false }
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure
      if (isRetryable(failure) && attempt < delays.length) {
        const waitMs = delays[attempt] ?? 0
        options.onRetry?.({ attempt: attempt + 1, waitMs, error: failure })
        await wait(waitMs)
        continue
      }
      if (isRetryable(failure)) throw failure
      // Any other answer means the server kept nothing for this body.
      store.refused(body)
      if (isKeyReused(failure)) return recover(store, body, post, options)
      throw failure
    }
  }
}

/**
 * The key already belongs to a report made from an earlier, unconfirmed version of this draft. Fetch that
 * report with the body that made it; if none is known any more (storage cleared), the key is spent, so the
 * draft continues under a new one.
 */
async function recover(store: DraftStore, body: SubmitBody, post: Post, options: SubmitOptions): Promise<Submitted> {
  const draft = store.current()
  for (const earlier of draft.unconfirmed) {
    try {
      const receipt = await post(earlier, draft.key)
      store.created()
      return { receipt, recovered: true }
    } catch (failure) {
      if (!(failure instanceof ApiError) || isRetryable(failure)) throw failure
      store.refused(earlier)
    }
  }
  const fields = draft.fields
  store.discard()
  store.update(fields)
  return submitDraft(store, body, post, options)
}
