import { ApiError } from '../shared/problem'
import { api } from '../shared/api'
import type { Localized } from '../shared/i18n'

export interface GridFeature {
  type: 'Feature'
  properties: { gridId: string; communityId?: string; streetId?: string; name?: Localized }
  geometry: unknown
}

export interface GridGeo {
  type: 'FeatureCollection'
  features: GridFeature[]
}

/** The city's grid outlines (`GET /api/org/geo`, public); null where the server has none, and the map hides. */
export async function loadGeo(): Promise<GridGeo | null> {
  try {
    const geo = await api<GridGeo>('GET', '/api/org/geo', { token: null })
    return geo && Array.isArray(geo.features) ? geo : null
  } catch (failure) {
    if (failure instanceof ApiError && (failure.status === 404 || failure.status === 405)) return null
    throw failure
  }
}

/** Only the scope's own outlines: a street's wall draws its street's grids. */
export function featuresOf(geo: GridGeo, gridIds: string[]): GridGeo {
  const wanted = new Set(gridIds)
  return { type: 'FeatureCollection', features: geo.features.filter((f) => wanted.has(f.properties?.gridId)) }
}
