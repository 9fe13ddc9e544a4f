import { describe, expect, it } from 'vitest'
import { ORG } from './fixtures'
import type { Me } from './me'
import { placeChoices } from './places'

const org = {
  ...ORG,
  streets: [
    ...ORG.streets,
    {
      id: 'st-xicheng',
      name: { zh: '西城街道', en: 'Xicheng' },
      communities: [{ id: 'cm-heping', name: { zh: '和平社区', en: 'Heping' }, grids: [{ id: 'g-02-01', name: { zh: '和平一', en: 'Heping 1' }, households: 1, buildings: [] }] }],
    },
  ],
}

const me = (scope: Me['scope']): Me => ({ username: 'u', role: 'DISPATCHER', scope, departmentId: null })

describe('place choices', () => {
  it('offers a street-bound account only its streets and what lies in them', () => {
    const choices = placeChoices(org, me({ level: 'STREET', ids: ['st-dongcheng'] }), '', '')
    expect(choices.streets.map((s) => s.id)).toEqual(['st-dongcheng'])
    expect(choices.grids.map((g) => g.id)).toEqual(['g-01-01'])
  })

  it('offers a city-wide account everything, narrowed by the street chosen', () => {
    expect(placeChoices(org, me({ level: 'CITY', ids: [] }), '', '').grids.map((g) => g.id)).toEqual(['g-01-01', 'g-02-01'])
    expect(placeChoices(org, me({ level: 'CITY', ids: [] }), 'st-xicheng', '').communities.map((c) => c.id)).toEqual(['cm-heping'])
  })

  it('offers a grid worker only their grids and the places above them', () => {
    const choices = placeChoices(org, me({ level: 'GRID', ids: ['g-02-01'] }), '', '')
    expect(choices.streets.map((s) => s.id)).toEqual(['st-xicheng'])
    expect(choices.grids.map((g) => g.id)).toEqual(['g-02-01'])
  })
})
