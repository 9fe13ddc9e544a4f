import { describe, expect, it } from 'vitest'
import type { DayCounts } from './frames'
import { featuresOf, type GridGeo } from './geo'
import { ORG } from './fixtures'
import { categoryTotals, dailyTotals, gridStates, levelOfFigures, rankDepartments } from './model'
import { gridWallHref, parentScope, parseScope, placeOf } from './scope'
import { tokenFromFragment } from './token'

const DAYS: DayCounts[] = [
  { day: '2026-11-21', counts: { parking: 3, garbage: 1 } },
  { day: '2026-11-22', counts: {} },
  { day: '2026-11-23', counts: { garbage: 2, noise: 1 } },
]

describe('categoryTotals', () => {
  it('counts today from the last day and the total over every day, most reported first', () => {
    expect(categoryTotals(DAYS)).toEqual([
      { categoryId: 'garbage', today: 2, total: 3 },
      { categoryId: 'parking', today: 0, total: 3 },
      { categoryId: 'noise', today: 1, total: 1 },
    ])
  })

  it('is empty without days', () => {
    expect(categoryTotals(undefined)).toEqual([])
  })
})

describe('dailyTotals', () => {
  it('adds the categories of each day, keeping empty days', () => {
    expect(dailyTotals(DAYS)).toEqual([
      { day: '2026-11-21', total: 4 },
      { day: '2026-11-22', total: 0 },
      { day: '2026-11-23', total: 3 },
    ])
  })
})

describe('rankDepartments', () => {
  it('puts the best rate first and departments without a rate after every rated one', () => {
    const ranked = rankDepartments(
      [
        { departmentId: 'none', onTimeRate: null, received: 9 },
        { departmentId: 'low', onTimeRate: 0.5, received: 2 },
        { departmentId: 'high', onTimeRate: 0.9, received: 1 },
        { departmentId: 'zero', onTimeRate: 0, received: 4 },
      ],
      'onTimeRate',
    )
    expect(ranked.map((d) => d.departmentId)).toEqual(['high', 'low', 'zero', 'none'])
  })

  it('breaks a tie by the number received', () => {
    const ranked = rankDepartments(
      [
        { departmentId: 'a', satisfactionRate: 1, received: 1 },
        { departmentId: 'b', satisfactionRate: 1, received: 5 },
      ],
      'satisfactionRate',
    )
    expect(ranked.map((d) => d.departmentId)).toEqual(['b', 'a'])
  })
})

describe('grid colours', () => {
  it('colours a grid wall from its own figures', () => {
    expect(levelOfFigures({ overdue: 3 })).toBe('red')
    expect(levelOfFigures({ overdue: 1 })).toBe('yellow')
    expect(levelOfFigures({ overdue: 0, dueWithin24h: 2 })).toBe('yellow')
    expect(levelOfFigures({ overdue: 0, dueWithin24h: 0 })).toBe('blue')
    expect(levelOfFigures(undefined)).toBeNull()
  })

  it('gives each grid of the map its state and none to a grid the view leaves out', () => {
    const states = gridStates(['g-01-01', 'g-01-02'], [{ gridId: 'g-01-01', level: 'red', open: 4 }])
    expect(states.get('g-01-01')?.level).toBe('red')
    expect(states.get('g-01-02')).toBeNull()
  })
})

describe('scope', () => {
  it('reads the scope from the address and falls back to the city', () => {
    expect(parseScope('street:st-nanhu')).toMatchObject({ kind: 'street', id: 'st-nanhu', key: 'street:st-nanhu' })
    expect(parseScope('grid:g-01-01').key).toBe('grid:g-01-01')
    expect(parseScope(null).key).toBe('city')
    expect(parseScope('planet:mars').key).toBe('city')
  })

  it('names the area and lists its grids', () => {
    const street = placeOf(ORG, parseScope('street:st-dongcheng'))
    expect(street?.name.zh).toBe('东城街道')
    expect(street?.gridIds).toEqual(['g-01-01', 'g-01-02'])
    expect(placeOf(ORG, parseScope('city'))?.gridIds).toHaveLength(3)
    const grid = placeOf(ORG, parseScope('grid:g-05-01'))
    expect(grid?.parents.map((p) => p.zh)).toEqual(['示范市', '南湖街道', '滨河社区'])
    expect(placeOf(ORG, parseScope('grid:g-99'))).toBeNull()
  })

  it('goes up one level from any area', () => {
    expect(parentScope(ORG, parseScope('grid:g-01-02'))).toBe('community:cm-xingfuli')
    expect(parentScope(ORG, parseScope('community:cm-binhe'))).toBe('street:st-nanhu')
    expect(parentScope(ORG, parseScope('street:st-nanhu'))).toBe('city')
    expect(parentScope(ORG, parseScope('city'))).toBeNull()
  })

  it('links a grid to its own wall, keeping the other parameters', () => {
    expect(gridWallHref('g-01-01', '?scope=city&lang=en')).toBe('?scope=grid%3Ag-01-01&lang=en')
  })
})

describe('the grid map', () => {
  it('draws only the scope’s outlines', () => {
    const feature = (gridId: string) => ({ type: 'Feature' as const, properties: { gridId }, geometry: null })
    const geo: GridGeo = { type: 'FeatureCollection', features: [feature('g-01-01'), feature('g-05-01')] }
    expect(featuresOf(geo, ['g-05-01']).features.map((f) => f.properties.gridId)).toEqual(['g-05-01'])
  })
})

describe('display token', () => {
  it('is read from the address fragment', () => {
    expect(tokenFromFragment('#token=abc.def')).toBe('abc.def')
    expect(tokenFromFragment('#other=1')).toBeNull()
    expect(tokenFromFragment('')).toBeNull()
  })
})
