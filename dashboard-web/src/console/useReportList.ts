import { ref, shallowRef } from 'vue'
import { ApiError } from '../shared/problem'
import type { Filters } from './filters'
import type { ReportView } from './report'
import { rowFromView, searchReports, type ReportRow } from './search'

/** The list beside the open report: one page after another, newest first, replaced when the filters change. */
export function useReportList() {
  const rows = shallowRef<ReportRow[]>([])
  const next = ref<string | null>(null)
  const counts = shallowRef<Record<string, number> | null>(null)
  const loading = ref(false)
  const error = ref<ApiError | null>(null)
  /** The server has no list yet (404/405): the page still opens reports by number. */
  const unavailable = ref(false)
  let controller: AbortController | null = null
  let filters: Filters | null = null

  async function fetchPage(after: string | null): Promise<void> {
    if (!filters) return
    controller?.abort()
    const mine = (controller = new AbortController())
    loading.value = true
    error.value = null
    try {
      const page = await searchReports(filters, after, mine.signal)
      if (mine !== controller) return
      rows.value = after ? [...rows.value, ...page.items.filter((r) => !rows.value.some((o) => o.reportId === r.reportId))] : page.items
      next.value = page.next
      if (!after) counts.value = page.counts
      unavailable.value = false
    } catch (failure) {
      if (mine !== controller || (failure instanceof DOMException && failure.name === 'AbortError')) return
      const problem = failure instanceof ApiError ? failure : new ApiError({ status: 0, detail: String(failure) })
      if (problem.status === 404 || problem.status === 405) {
        unavailable.value = true
        if (!after) rows.value = []
      } else {
        error.value = problem
      }
    } finally {
      if (mine === controller) loading.value = false
    }
  }

  return {
    rows,
    next,
    counts,
    loading,
    error,
    unavailable,
    /** Loads the first page for these filters. */
    load(given: Filters): Promise<void> {
      filters = given
      return fetchPage(null)
    },
    loadMore(): Promise<void> {
      return next.value ? fetchPage(next.value) : Promise.resolve()
    },
    /** After a report was read or changed: its row shows what it now says. */
    update(view: ReportView): void {
      const index = rows.value.findIndex((r) => r.reportId === view.reportId)
      if (index < 0) return
      const copy = [...rows.value]
      copy[index] = rowFromView(view, Date.now(), copy[index])
      rows.value = copy
    },
  }
}
