import { type KeyValueStore, readJson, writeJson } from './storage'

/** A photo already uploaded for this draft: its id on the server and a small preview to show after a reload. */
export interface PhotoRef {
  photoId: string
  thumb: string
}

/** What the resident has filled in so far. */
export interface DraftFields {
  categoryId: string
  gridId: string
  buildingId: string
  description: string
  name: string
  phone: string
  photos: PhotoRef[]
}

/** The body of `POST /api/reports` (api/ReportRequests.Submit). */
export interface SubmitBody {
  gridId: string
  buildingId?: string
  categoryId: string
  description: string
  channel?: string
  reporter?: { name?: string; phone?: string }
  photoIds?: string[]
}

/**
 * A report being written. The idempotency key is made once per draft and kept with it until the server has
 * answered 201, so a timeout, a lost answer, a double tap or a reload sends the same key and gets the same
 * report. `unconfirmed` holds every body sent under the key whose answer never arrived: the server may hold
 * one of them, and if the resident edits and sends again it answers 422 "key reused", after which one of
 * these bodies fetches the report it does hold.
 */
export interface Draft {
  key: string
  startedAt: number
  fields: DraftFields
  unconfirmed: SubmitBody[]
}

export const DRAFT_KEY = 'grid-steward.report.draft'
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/
// Each edit-and-resend after a lost answer adds one; beyond a few the resident is not retrying, they are typing.
const MAX_UNCONFIRMED = 5

export function emptyFields(): DraftFields {
  return { categoryId: '', gridId: '', buildingId: '', description: '', name: '', phone: '', photos: [] }
}

/**
 * A fresh idempotency key. crypto.randomUUID exists only on secure pages (https, localhost); a phone that
 * opens the page over plain http on a local network still gets 122 random bits from getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID()
    } catch {
      // not a secure context
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function sameBody(a: SubmitBody, b: SubmitBody): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function isDraft(value: unknown): value is Draft {
  const d = value as Draft | null
  return (
    !!d &&
    typeof d.key === 'string' &&
    IDEMPOTENCY_KEY.test(d.key) &&
    typeof d.startedAt === 'number' &&
    !!d.fields &&
    typeof d.fields.description === 'string' &&
    Array.isArray(d.fields.photos) &&
    Array.isArray(d.unconfirmed)
  )
}

export class DraftStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly newKey: () => string = newIdempotencyKey,
    private readonly now: () => number = Date.now,
  ) {}

  /** The draft in progress, or a new one whose key is written down before anything can be sent with it. */
  current(): Draft {
    const saved = readJson<unknown>(this.store, DRAFT_KEY)
    if (isDraft(saved)) return { ...saved, fields: { ...emptyFields(), ...saved.fields } }
    const fresh: Draft = { key: this.newKey(), startedAt: this.now(), fields: emptyFields(), unconfirmed: [] }
    writeJson(this.store, DRAFT_KEY, fresh)
    return fresh
  }

  /** Keeps what was typed; the key and the unconfirmed sends stay as they were. */
  update(fields: DraftFields): Draft {
    const draft = { ...this.current(), fields }
    writeJson(this.store, DRAFT_KEY, draft)
    return draft
  }

  /** Called just before a body leaves: from here until an answer arrives the server may hold it. */
  sending(body: SubmitBody): Draft {
    const draft = this.current()
    const unconfirmed = [body, ...draft.unconfirmed.filter((b) => !sameBody(b, body))].slice(0, MAX_UNCONFIRMED)
    const next = { ...draft, unconfirmed }
    writeJson(this.store, DRAFT_KEY, next)
    return next
  }

  /** A definite refusal (400, 403, 429…): the server kept nothing for this body, so it is no longer in doubt. */
  refused(body: SubmitBody): Draft {
    const draft = this.current()
    const next = { ...draft, unconfirmed: draft.unconfirmed.filter((b) => !sameBody(b, body)) }
    writeJson(this.store, DRAFT_KEY, next)
    return next
  }

  /** 201: the report exists. Only now are the draft and its key forgotten; the next draft gets a new key. */
  created(): void {
    try {
      this.store.removeItem(DRAFT_KEY)
    } catch {
      // nothing kept, nothing to forget
    }
  }

  /** The resident chose to start over without sending: a new key, so nothing earlier can be answered instead. */
  discard(): Draft {
    this.created()
    return this.current()
  }
}
