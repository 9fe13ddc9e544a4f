import { api } from '../shared/api'
import type { Localized } from '../shared/i18n'
import { STATUSES } from '../shared/status'
import type { Filters } from './filters'
import { descriptionOf, escalationOf, type ReportView } from './report'

/**
 * The list of reports (`GET /api/reports?…`) and how its rows are read. Everything the page knows about the
 * list's wire format is in this module, so a change of field names is one edit here.
 */
export interface ReportRow {
  reportId: string
  status: string
  statusLabel: Localized
  gridId: string
  buildingId: string | null
  categoryId: string | null
  priority: string | null
  departmentId: string | null
  submittedAt: string
  lastEventAt: string | null
  dueAt: string | null
  overdue: boolean
  description: string
  /** Masked, as the list shows every reporter. */
  reporter: string | null
  escalation: string | null
}

export interface ReportPage {
  items: ReportRow[]
  next: string | null
  /** Reports per status for the same filters, when the server counts them. */
  counts: Record<string, number> | null
}

export const PAGE_SIZE = 50

type Json = Record<string, unknown>

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

function label(row: Json, status: string): Localized {
  const given = row.statusLabel as Partial<Localized> | undefined
  const zh = text(given?.zh) ?? text(row.statusZh)
  const en = text(given?.en) ?? text(row.statusEn)
  const known = STATUSES[status]
  return { zh: zh ?? known?.zh ?? status, en: en ?? known?.en ?? status }
}

function reporterText(value: unknown): string | null {
  if (typeof value === 'string') return value || null
  if (value && typeof value === 'object') {
    const r = value as Json
    const parts = [text(r.name), text(r.phone)].filter((p): p is string => p !== null)
    return parts.length ? parts.join(' ') : null
  }
  return null
}

function escalationText(value: unknown): string | null {
  if (typeof value === 'string') return value || null
  if (value && typeof value === 'object') return text((value as Json).level)
  return null
}

/** One row of the list, read leniently: a missing field is empty, never an error. */
export function rowFrom(json: unknown): ReportRow {
  const row = (json ?? {}) as Json
  const status = text(row.status) ?? ''
  return {
    reportId: text(row.reportId) ?? '',
    status,
    statusLabel: label(row, status),
    gridId: text(row.gridId) ?? '',
    buildingId: text(row.buildingId),
    categoryId: text(row.categoryId),
    priority: text(row.priority),
    departmentId: text(row.departmentId),
    submittedAt: text(row.submittedAt) ?? '',
    lastEventAt: text(row.lastEventAt),
    dueAt: text(row.dueAt),
    overdue: row.overdue === true,
    description: text(row.description) ?? '',
    reporter: reporterText(row.reporter),
    escalation: escalationText(row.escalation),
  }
}

export function pageFrom(json: unknown): ReportPage {
  const body = (json ?? {}) as Json
  const items = Array.isArray(body.items) ? body.items.map(rowFrom) : []
  const counts = body.counts && typeof body.counts === 'object' ? (body.counts as Record<string, number>) : null
  return { items, next: text(body.next), counts }
}

/** The due time of the stage the report is in: signing for it while dispatched, resolving it once signed. */
export function stageDueAt(view: ReportView): string | null {
  if (view.status === 'DISPATCHED') return view.state.signOffDueAt ?? view.state.dueAt
  if (view.status === 'ACCEPTED') return view.state.dueAt
  return null
}

/** A row made from a report just read or changed, so the list shows what the report now says. */
export function rowFromView(view: ReportView, now = Date.now(), previous?: ReportRow): ReportRow {
  const due = stageDueAt(view)
  const open = view.status !== 'REJECTED' && view.status !== 'CLOSED'
  const last = view.timeline[view.timeline.length - 1]
  const reporter = view.reporter
  return {
    reportId: view.reportId,
    status: view.status,
    statusLabel: view.statusLabel,
    gridId: view.state.gridId,
    buildingId: view.state.buildingId,
    categoryId: view.state.categoryId,
    priority: view.state.priority,
    departmentId: view.state.departmentId ?? previous?.departmentId ?? null,
    submittedAt: view.state.submittedAt,
    lastEventAt: last?.at ?? null,
    dueAt: due,
    overdue: open && due !== null && new Date(due).getTime() < now,
    description: descriptionOf(view),
    // A list shows reporters masked; keep the list's own text rather than a clear one read here.
    reporter: previous ? previous.reporter : reporter && reporter.shown === 'MASKED' ? reporterText(reporter) : null,
    escalation: escalationOf(view),
  }
}

/** The query string the list endpoint takes for these filters. */
export function searchQuery(filters: Filters, after: string | null, limit = PAGE_SIZE): string {
  const params = new URLSearchParams()
  for (const status of filters.status) params.append('status', status)
  if (filters.streetId) params.set('streetId', filters.streetId)
  if (filters.communityId) params.set('communityId', filters.communityId)
  if (filters.gridId) params.set('gridId', filters.gridId)
  if (filters.categoryId) params.set('categoryId', filters.categoryId)
  if (filters.departmentId) params.set('departmentId', filters.departmentId)
  if (filters.overdue) params.set('overdue', 'true')
  if (filters.q.trim()) params.set('q', filters.q.trim())
  params.set('limit', String(limit))
  if (after) params.set('after', after)
  return params.toString()
}

export async function searchReports(filters: Filters, after: string | null, signal?: AbortSignal): Promise<ReportPage> {
  return pageFrom(await api<unknown>('GET', `/api/reports?${searchQuery(filters, after)}`, { signal }))
}
