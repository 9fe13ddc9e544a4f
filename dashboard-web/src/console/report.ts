import { api } from '../shared/api'
import type { Localized } from '../shared/i18n'
import type { ActionName } from './actions'

/** One report as `GET /api/reports/{id}` answers it (api/ReportView). */
export interface ReportState {
  status: string
  gridId: string
  buildingId: string | null
  categoryId: string | null
  priority: string | null
  departmentId: string | null
  signOffDueAt: string | null
  dueAt: string | null
  submittedAt: string
  lastSatisfaction: string | null
  returns: number
  extensions: number
  reworks: number
  reopenings: number
}

export interface Actor {
  id: string
  role: string
}

export interface TimelineEntry {
  sequence: number
  type: string
  at: string
  actor: Actor | null
  data: Record<string, unknown>
}

/** `shown`: CLEAR, MASKED, or ERASED when the resident was erased. */
export interface ShownReporter {
  residentId?: string
  name: string | null
  phone: string | null
  shown: string
}

export interface ReportView {
  reportId: string
  status: string
  statusLabel: Localized
  version: number
  state: ReportState
  timeline: TimelineEntry[]
  reporter?: ShownReporter | null
}

export function loadReport(id: string, signal?: AbortSignal): Promise<ReportView> {
  return api<ReportView>('GET', `/api/reports/${encodeURIComponent(id)}`, { signal })
}

/** Sends one lifecycle action; the server answers the report as it now stands. */
export function sendAction(id: string, action: ActionName, body: Record<string, unknown>): Promise<ReportView> {
  return api<ReportView>('POST', `/api/reports/${encodeURIComponent(id)}/${action}`, { body })
}

/** The submission's description, which the state does not repeat. */
export function descriptionOf(view: ReportView): string {
  const first = view.timeline.find((e) => e.type === 'ReportSubmitted')
  const text = first?.data.description
  return typeof text === 'string' ? text : ''
}

/** The 督办 level since the latest dispatch, as the list shows it. */
export function escalationOf(view: ReportView): string | null {
  let level: string | null = null
  const order = ['COMMUNITY', 'STREET', 'CITY']
  for (const entry of view.timeline) {
    if (entry.type === 'ReportDispatched') level = null
    if (entry.type === 'ReportEscalated' && typeof entry.data.level === 'string') {
      if (level === null || order.indexOf(entry.data.level) > order.indexOf(level)) level = entry.data.level
    }
  }
  return level
}
