import type { Localized } from '../shared/i18n'
import type { Organisation } from '../shared/org'
import { type KeyValueStore, readJson, writeJson } from './storage'

/** One grid as a choice: with its community and street so "第一网格" is never ambiguous. */
export interface GridChoice {
  gridId: string
  communityId: string
  streetId: string
  grid: Localized
  community: Localized
  street: Localized
  buildings: { id: string; name: Localized }[]
}

export function gridChoices(org: Organisation): GridChoice[] {
  return org.streets.flatMap((street) =>
    street.communities.flatMap((community) =>
      community.grids.map((grid) => ({
        gridId: grid.id,
        communityId: community.id,
        streetId: street.id,
        grid: grid.name,
        community: community.name,
        street: street.name,
        buildings: grid.buildings,
      })),
    ),
  )
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, '')

/**
 * The grids a search names: every word must appear in the grid's, community's, street's or a building's name
 * (either language), so "幸福里 3号楼" finds the grid with that building. An empty search matches everything.
 */
export function searchGrids(choices: GridChoice[], query: string): GridChoice[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean)
  if (words.length === 0) return choices
  return choices.filter((choice) => {
    const names = [choice.grid, choice.community, choice.street, ...choice.buildings.map((b) => b.name)]
      .flatMap((n) => [fold(n.zh), fold(n.en)])
      .join('|')
    return words.every((word) => names.includes(word))
  })
}

export interface LastPlace {
  gridId: string
  buildingId: string
}

export const PLACE_KEY = 'grid-steward.report.place'

/** The grid and building chosen last time, so a resident reporting from home again has nothing to pick. */
export function lastPlace(store: KeyValueStore, choices: GridChoice[]): LastPlace | null {
  const saved = readJson<LastPlace>(store, PLACE_KEY)
  const choice = saved && choices.find((c) => c.gridId === saved.gridId)
  if (!saved || !choice) return null
  return { gridId: saved.gridId, buildingId: choice.buildings.some((b) => b.id === saved.buildingId) ? saved.buildingId : '' }
}

export function rememberPlace(store: KeyValueStore, place: LastPlace): void {
  writeJson(store, PLACE_KEY, place)
}
