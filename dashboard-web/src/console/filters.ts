import { STATUSES } from '../shared/status'

/** What the list is narrowed to. Kept in the page's address so a view can be bookmarked and shared. */
export interface Filters {
  status: string[]
  streetId: string
  communityId: string
  gridId: string
  categoryId: string
  departmentId: string
  overdue: boolean
  q: string
}

export function emptyFilters(): Filters {
  return { status: [], streetId: '', communityId: '', gridId: '', categoryId: '', departmentId: '', overdue: false, q: '' }
}

const PLACE_KEYS = ['streetId', 'communityId', 'gridId', 'categoryId', 'departmentId'] as const

export interface Location {
  filters: Filters
  /** The report open beside the list. */
  reportId: string | null
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Reads `?status=SUBMITTED&status=CLASSIFIED&gridId=…&report=…`; anything unreadable is left out. */
export function fromSearch(search: string): Location {
  const params = new URLSearchParams(search)
  const filters = emptyFilters()
  filters.status = [...new Set(params.getAll('status').flatMap((s) => s.split(',')))].filter((s) => s in STATUSES)
  for (const key of PLACE_KEYS) {
    const value = params.get(key) ?? ''
    filters[key] = ID.test(value) ? value : ''
  }
  filters.overdue = params.get('overdue') === 'true'
  filters.q = (params.get('q') ?? '').slice(0, 200)
  const report = params.get('report') ?? ''
  return { filters, reportId: ID.test(report) ? report : null }
}

/** The inverse of {@link fromSearch}, keeping other parameters (such as `lang`) the page was opened with. */
export function toSearch(location: Location, keep = ''): string {
  const params = new URLSearchParams(keep)
  for (const key of ['status', ...PLACE_KEYS, 'overdue', 'q', 'report']) params.delete(key)
  const { filters } = location
  for (const status of filters.status) params.append('status', status)
  for (const key of PLACE_KEYS) if (filters[key]) params.set(key, filters[key])
  if (filters.overdue) params.set('overdue', 'true')
  if (filters.q.trim()) params.set('q', filters.q.trim())
  if (location.reportId) params.set('report', location.reportId)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify({ ...a, status: [...a.status].sort() }) === JSON.stringify({ ...b, status: [...b.status].sort() })
}

export function isEmpty(filters: Filters): boolean {
  return sameFilters(filters, emptyFilters())
}
