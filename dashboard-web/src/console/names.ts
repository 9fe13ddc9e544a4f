import { localized, type Localized } from '../shared/i18n'
import { gridPlaces, type Category, type GridPlace, type Organisation } from '../shared/org'

/** Names for the ids reports carry, from the city tree; an id the tree does not know is shown as it is. */
export interface Names {
  category(id: string | null | undefined): string
  department(id: string | null | undefined): string
  grid(id: string | null | undefined): string
  building(id: string | null | undefined): string
  place(gridId: string | null | undefined): GridPlace | undefined
  categoryOf(id: string | null | undefined): Category | undefined
}

export function namesFrom(org: Organisation | null): Names {
  const categories = new Map<string, Category>()
  const departments = new Map<string, Localized>()
  const buildings = new Map<string, Localized>()
  const places = org ? gridPlaces(org) : new Map<string, GridPlace>()
  if (org) {
    for (const c of org.categories) categories.set(c.id, c)
    for (const d of org.departments) departments.set(d.id, d.name)
    for (const place of places.values()) for (const b of place.grid.buildings) buildings.set(b.id, b.name)
  }
  const show = (name: Localized | undefined, id: string | null | undefined) => (id ? localized(name, id) : '')
  return {
    category: (id) => show(id ? categories.get(id)?.name : undefined, id),
    department: (id) => show(id ? departments.get(id) : undefined, id),
    grid: (id) => show(id ? places.get(id)?.grid.name : undefined, id),
    building: (id) => show(id ? buildings.get(id) : undefined, id),
    place: (id) => (id ? places.get(id) : undefined),
    categoryOf: (id) => (id ? categories.get(id) : undefined),
  }
}
