import type { Localized } from '../shared/i18n'
import { type KeyValueStore, readJson, writeJson } from './storage'

/**
 * A report sent from this phone, with the receipt that lets its reporter (and only them) see how it stands
 * and rate it. Kept in localStorage: a resident needs no account to come back to it.
 */
export interface MyReport {
  reportId: string
  receipt: string
  categoryId: string
  gridId: string
  buildingId?: string
  submittedAt: string
  status: string
  statusLabel: Localized
  /** The server no longer takes the receipt (expired, or the report is gone). */
  unreadable?: boolean
}

export const RECEIPTS_KEY = 'grid-steward.report.receipts'
// Older receipts drop off the end; a phone shared by a family still keeps years of reports.
const MAX_KEPT = 50

function isReport(value: unknown): value is MyReport {
  const r = value as MyReport | null
  return !!r && typeof r.reportId === 'string' && typeof r.receipt === 'string' && typeof r.status === 'string'
}

export class ReceiptStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Newest first. */
  list(): MyReport[] {
    const saved = readJson<unknown>(this.store, RECEIPTS_KEY)
    return Array.isArray(saved) ? saved.filter(isReport) : []
  }

  /** Keeps a new receipt first in the list; the same report sent again replaces its entry rather than doubling it. */
  add(report: MyReport): MyReport[] {
    const reports = [report, ...this.list().filter((r) => r.reportId !== report.reportId)].slice(0, MAX_KEPT)
    writeJson(this.store, RECEIPTS_KEY, reports)
    return reports
  }

  /** Records what the server last said, so the list shows it at once next time, even offline. */
  update(reportId: string, change: Partial<Pick<MyReport, 'status' | 'statusLabel' | 'unreadable'>>): MyReport[] {
    const reports = this.list().map((r) => (r.reportId === reportId ? { ...r, ...change } : r))
    writeJson(this.store, RECEIPTS_KEY, reports)
    return reports
  }

  remove(reportId: string): MyReport[] {
    const reports = this.list().filter((r) => r.reportId !== reportId)
    writeJson(this.store, RECEIPTS_KEY, reports)
    return reports
  }

  get(reportId: string): MyReport | undefined {
    return this.list().find((r) => r.reportId === reportId)
  }
}
