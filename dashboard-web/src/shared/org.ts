import { api } from './api'
import type { Localized } from './i18n'

/** The city tree as `GET /api/org` serves it (public: it holds no personal data). */
export interface Building {
  id: string
  name: Localized
}
export interface Grid {
  id: string
  name: Localized
  households: number
  buildings: Building[]
}
export interface Community {
  id: string
  name: Localized
  grids: Grid[]
}
export interface Street {
  id: string
  name: Localized
  communities: Community[]
}
export interface Department {
  id: string
  name: Localized
}
export interface Category {
  id: string
  name: Localized
  icon: string
  signOffHours: number
  resolutionHours: number
  hoursKind: string
  defaultDepartmentId: string
}
export interface Organisation {
  city: { id: string; name: Localized }
  streets: Street[]
  departments: Department[]
  categories: Category[]
}

/** Where a grid sits, for labels and for the wall's click-through. */
export interface GridPlace {
  grid: Grid
  community: Community
  street: Street
}

export function gridPlaces(org: Organisation): Map<string, GridPlace> {
  const places = new Map<string, GridPlace>()
  for (const street of org.streets)
    for (const community of street.communities)
      for (const grid of community.grids) places.set(grid.id, { grid, community, street })
  return places
}

let loading: Promise<Organisation> | null = null

/** Loaded once per page; a failure is forgotten so the next call tries again. */
export function loadOrganisation(): Promise<Organisation> {
  loading ??= api<Organisation>('GET', '/api/org', { token: null }).catch((failure: unknown) => {
    loading = null
    throw failure
  })
  return loading
}
