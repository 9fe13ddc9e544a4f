import { api } from '../shared/api'
import { ApiError } from '../shared/problem'
import { type GridFeatureCollection, gridAt } from './geo'

export type LocateResult =
  | { kind: 'found'; gridId: string }
  | { kind: 'denied' | 'unavailable' | 'outside' | 'no-map' | 'not-supported' }

let shapes: Promise<GridFeatureCollection> | null = null

/** The grids' shapes, fetched once per visit; a failure is forgotten so the next tap asks again. */
function gridShapes(): Promise<GridFeatureCollection> {
  shapes ??= api<GridFeatureCollection>('GET', '/api/org/geo', { token: null }).catch((failure: unknown) => {
    shapes = null
    throw failure
  })
  return shapes
}

function position(): Promise<GeolocationPosition> {
  return new Promise((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 }),
  )
}

export function canLocate(): boolean {
  // Browsers give a location only to secure pages (https, localhost).
  return typeof navigator !== 'undefined' && 'geolocation' in navigator && window.isSecureContext
}

/** Finds the grid the phone stands in: its location, then the grid whose area holds it. */
export async function locateGrid(): Promise<LocateResult> {
  if (!canLocate()) return { kind: 'not-supported' }
  const [where, map] = await Promise.allSettled([position(), gridShapes()])
  if (where.status === 'rejected') {
    const error = where.reason as GeolocationPositionError | undefined
    return { kind: error?.code === 1 ? 'denied' : 'unavailable' }
  }
  if (map.status === 'rejected') {
    return { kind: map.reason instanceof ApiError ? 'no-map' : 'unavailable' }
  }
  const gridId = gridAt(map.value, [where.value.coords.longitude, where.value.coords.latitude])
  return gridId ? { kind: 'found', gridId } : { kind: 'outside' }
}
