import { describe, expect, it } from 'vitest'
import { gridAt, type GridFeatureCollection, insidePolygon, type Position } from './geo'

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
]

describe('insidePolygon', () => {
  it('finds a point inside and outside a square', () => {
    expect(insidePolygon([116.5, 39.5], [square(116, 39, 1)])).toBe(true)
    expect(insidePolygon([117.5, 39.5], [square(116, 39, 1)])).toBe(false)
  })

  it('leaves out a point in a hole', () => {
    expect(insidePolygon([116.5, 39.5], [square(116, 39, 1), square(116.4, 39.4, 0.2)])).toBe(false)
    expect(insidePolygon([116.1, 39.1], [square(116, 39, 1), square(116.4, 39.4, 0.2)])).toBe(true)
  })

  it('handles a concave shape', () => {
    const ell: Position[] = [[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]
    expect(insidePolygon([0.5, 1.5], [ell])).toBe(true)
    expect(insidePolygon([1.5, 1.5], [ell])).toBe(false)
  })
})

describe('gridAt', () => {
  const city: GridFeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { gridId: 'g-01-01' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      {
        type: 'Feature',
        properties: { gridId: 'g-01-02' },
        geometry: { type: 'MultiPolygon', coordinates: [[square(1, 0, 1)], [square(5, 5, 1)]] },
      },
      { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10)] } },
    ],
  }

  it('names the grid whose area holds the point', () => {
    expect(gridAt(city, [0.5, 0.5])).toBe('g-01-01')
    expect(gridAt(city, [5.5, 5.5])).toBe('g-01-02')
  })

  it('answers null outside every grid', () => {
    expect(gridAt(city, [20, 20])).toBeNull()
  })
})
