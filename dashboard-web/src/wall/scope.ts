import type { Localized } from '../shared/i18n'
import type { Organisation } from '../shared/org'

/** Which part of the city a wall shows, from `?scope=city|street:<id>|community:<id>|grid:<id>`. */
export type WallScope =
  | { kind: 'city'; id: null; key: 'city' }
  | { kind: 'street' | 'community' | 'grid'; id: string; key: string }

const CITY: WallScope = { kind: 'city', id: null, key: 'city' }

/** A scope that does not parse falls back to the city; one that names an unknown area the server refuses. */
export function parseScope(raw: string | null | undefined): WallScope {
  const match = /^(street|community|grid):([\w.-]+)$/.exec((raw ?? '').trim())
  if (!match) return CITY
  const kind = match[1] as 'street' | 'community' | 'grid'
  return { kind, id: match[2]!, key: `${kind}:${match[2]}` }
}

export interface ScopePlace {
  /** The area's own name: 示范市, 东城街道, 幸福里社区, 幸福里第一网格. */
  name: Localized
  /** The areas above it, nearest last: [city, street, community]. */
  parents: Localized[]
  /** The grids the area holds, for the map. */
  gridIds: string[]
}

export function placeOf(org: Organisation, scope: WallScope): ScopePlace | null {
  const allGrids = org.streets.flatMap((s) => s.communities.flatMap((c) => c.grids.map((g) => g.id)))
  if (scope.kind === 'city') return { name: org.city.name, parents: [], gridIds: allGrids }
  for (const street of org.streets) {
    if (scope.kind === 'street' && street.id === scope.id)
      return { name: street.name, parents: [org.city.name], gridIds: street.communities.flatMap((c) => c.grids.map((g) => g.id)) }
    for (const community of street.communities) {
      if (scope.kind === 'community' && community.id === scope.id)
        return { name: community.name, parents: [org.city.name, street.name], gridIds: community.grids.map((g) => g.id) }
      for (const grid of community.grids) {
        if (scope.kind === 'grid' && grid.id === scope.id)
          return { name: grid.name, parents: [org.city.name, street.name, community.name], gridIds: [grid.id] }
      }
    }
  }
  return null
}

/** The wall of one grid, keeping the page's language; the display token stays in this tab's memory. */
export function gridWallHref(gridId: string, search: string): string {
  const query = new URLSearchParams(search)
  query.set('scope', `grid:${gridId}`)
  return `?${query.toString()}`
}

/** The scope above, for the way back from a grid's wall: null for the city. */
export function parentScope(org: Organisation, scope: WallScope): string | null {
  if (scope.kind === 'city') return null
  for (const street of org.streets) {
    if (scope.kind === 'street' && street.id === scope.id) return 'city'
    for (const community of street.communities) {
      if (scope.kind === 'community' && community.id === scope.id) return `street:${street.id}`
      if (scope.kind === 'grid' && community.grids.some((g) => g.id === scope.id)) return `community:${community.id}`
    }
  }
  return 'city'
}
