import type { Community, Grid, Organisation, Street } from '../shared/org'
import type { Me } from './me'

/** The streets, communities and grids a caller may narrow the list to: those inside their area. */
export interface PlaceChoices {
  streets: Street[]
  communities: Community[]
  grids: Grid[]
}

export function placeChoices(org: Organisation | null, me: Me | null, streetId: string, communityId: string): PlaceChoices {
  if (!org) return { streets: [], communities: [], grids: [] }
  const scope = me?.scope
  const inScope = (level: string, id: string) => !scope || scope.level !== level || scope.ids.includes(id)
  const streets = org.streets.filter((s) =>
    scope?.level === 'COMMUNITY' ? s.communities.some((c) => scope.ids.includes(c.id))
      : scope?.level === 'GRID' ? s.communities.some((c) => c.grids.some((g) => scope.ids.includes(g.id)))
        : inScope('STREET', s.id))
  const communities = streets
    .filter((s) => !streetId || s.id === streetId)
    .flatMap((s) => s.communities)
    .filter((c) => (scope?.level === 'GRID' ? c.grids.some((g) => scope.ids.includes(g.id)) : inScope('COMMUNITY', c.id)))
  const grids = communities.filter((c) => !communityId || c.id === communityId).flatMap((c) => c.grids).filter((g) => inScope('GRID', g.id))
  return { streets, communities, grids }
}
