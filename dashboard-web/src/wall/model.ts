import type { DayCounts, DepartmentFigures, Figures, GridLevel, GridState } from './frames'

export interface CategoryTotal {
  categoryId: string
  today: number
  total: number
}

/** Per category: today's reports (the last day listed) and all the days listed, most reported first. */
export function categoryTotals(days: DayCounts[] | undefined): CategoryTotal[] {
  if (!days?.length) return []
  const today = days[days.length - 1]!.counts
  const totals = new Map<string, number>()
  for (const day of days) for (const [id, count] of Object.entries(day.counts ?? {})) totals.set(id, (totals.get(id) ?? 0) + count)
  return [...totals.entries()]
    .filter(([, total]) => total > 0)
    .map(([categoryId, total]) => ({ categoryId, today: today?.[categoryId] ?? 0, total }))
    .sort((a, b) => b.total - a.total || b.today - a.today || a.categoryId.localeCompare(b.categoryId))
}

/** Reports per day, all categories together, oldest first as the view lists them. */
export function dailyTotals(days: DayCounts[] | undefined): { day: string; total: number }[] {
  return (days ?? []).map((day) => ({ day: day.day, total: Object.values(day.counts ?? {}).reduce((sum, n) => sum + n, 0) }))
}

export type DepartmentKey = 'responseRate' | 'onTimeRate' | 'satisfactionRate'

/**
 * Departments best first by one rate. A department with nothing to rate yet goes below every rated one
 * rather than at the bottom of the league as if it scored zero; ties go to the one that received more.
 */
export function rankDepartments(rows: DepartmentFigures[] | undefined, key: DepartmentKey): DepartmentFigures[] {
  const rate = (row: DepartmentFigures) => row[key] ?? null
  return [...(rows ?? [])].sort((a, b) => {
    const ra = rate(a)
    const rb = rate(b)
    if (ra === null && rb === null) return (b.received ?? 0) - (a.received ?? 0)
    if (ra === null) return 1
    if (rb === null) return -1
    return rb - ra || (b.received ?? 0) - (a.received ?? 0)
  })
}

/**
 * A grid wall's own colour from its figures, by the rule the server uses for the map of an area: red from
 * three overdue reports, yellow with any overdue or due within a day, blue otherwise.
 */
export function levelOfFigures(figures: Figures | undefined): GridLevel | null {
  if (!figures) return null
  const overdue = figures.overdue ?? 0
  if (overdue >= 3) return 'red'
  if (overdue > 0 || (figures.dueWithin24h ?? 0) > 0) return 'yellow'
  return 'blue'
}

/** The state of each grid the map shows; a grid the view does not mention has none yet. */
export function gridStates(gridIds: string[], grids: GridState[] | undefined): Map<string, GridState | null> {
  const byId = new Map((grids ?? []).map((grid) => [grid.gridId, grid]))
  return new Map(gridIds.map((id) => [id, byId.get(id) ?? null]))
}
