/** Longitude, latitude, as GeoJSON orders them. */
export type Position = [number, number]

interface PolygonGeometry {
  type: 'Polygon'
  coordinates: Position[][]
}
interface MultiPolygonGeometry {
  type: 'MultiPolygon'
  coordinates: Position[][][]
}

/** `GET /api/org/geo`: one feature per grid with its `gridId`. */
export interface GridFeatureCollection {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    properties: { gridId?: string } | null
    geometry: PolygonGeometry | MultiPolygonGeometry | { type: string } | null
  }[]
}

/**
 * Even-odd ray casting: a ray from the point towards +longitude crosses the ring's edges an odd number of
 * times when the point is inside. At the scale of a city the plane approximation of lon/lat is exact enough.
 */
export function insideRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Inside the outer ring and in none of its holes. */
export function insidePolygon(point: Position, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings
  return !!outer && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole))
}

/** The grid whose area holds the point, or null when it lies in none (outside the city, or no shapes). */
export function gridAt(collection: GridFeatureCollection, point: Position): string | null {
  for (const feature of collection.features ?? []) {
    const gridId = feature.properties?.gridId
    const geometry = feature.geometry
    if (!gridId || !geometry) continue
    if (geometry.type === 'Polygon' && insidePolygon(point, (geometry as PolygonGeometry).coordinates)) return gridId
    if (geometry.type === 'MultiPolygon' && (geometry as MultiPolygonGeometry).coordinates.some((p) => insidePolygon(point, p)))
      return gridId
  }
  return null
}
