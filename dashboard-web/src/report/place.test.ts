import { describe, expect, it } from 'vitest'
import type { Organisation } from '../shared/org'
import { gridChoices, lastPlace, rememberPlace, searchGrids } from './place'
import { memoryStore } from './storage'

const n = (zh: string, en: string) => ({ zh, en })
const org: Organisation = {
  city: { id: 'c', name: n('市', 'City') },
  departments: [],
  categories: [],
  streets: [
    {
      id: 'st-1',
      name: n('东城街道', 'Dongcheng'),
      communities: [
        {
          id: 'cm-1',
          name: n('幸福里社区', 'Xingfuli'),
          grids: [
            { id: 'g-1', name: n('幸福里第一网格', 'Xingfuli Grid 1'), households: 300, buildings: [{ id: 'b-3', name: n('3号楼', 'Building 3') }] },
            { id: 'g-2', name: n('幸福里第二网格', 'Xingfuli Grid 2'), households: 300, buildings: [{ id: 'b-9', name: n('9号楼', 'Building 9') }] },
          ],
        },
      ],
    },
    {
      id: 'st-2',
      name: n('南湖街道', 'Nanhu'),
      communities: [{ id: 'cm-2', name: n('和平社区', 'Heping'), grids: [{ id: 'g-3', name: n('和平第一网格', 'Heping Grid 1'), households: 1, buildings: [] }] }],
    },
  ],
}

describe('searchGrids', () => {
  const choices = gridChoices(org)

  it('finds grids by any part of their place, in either language', () => {
    expect(searchGrids(choices, '和平').map((c) => c.gridId)).toEqual(['g-3'])
    expect(searchGrids(choices, 'xingfuli grid 2').map((c) => c.gridId)).toEqual(['g-2'])
    expect(searchGrids(choices, '南湖').map((c) => c.gridId)).toEqual(['g-3'])
  })

  it('finds the grid of a building', () => {
    expect(searchGrids(choices, '幸福里 9号楼').map((c) => c.gridId)).toEqual(['g-2'])
  })

  it('lists everything for an empty search', () => {
    expect(searchGrids(choices, '  ')).toHaveLength(3)
  })
})

describe('lastPlace', () => {
  it('comes back as it was chosen', () => {
    const storage = memoryStore()
    rememberPlace(storage, { gridId: 'g-1', buildingId: 'b-3' })
    expect(lastPlace(storage, gridChoices(org))).toEqual({ gridId: 'g-1', buildingId: 'b-3' })
  })

  it('is dropped when the grid no longer exists, and the building when it moved', () => {
    const storage = memoryStore()
    rememberPlace(storage, { gridId: 'g-gone', buildingId: '' })
    expect(lastPlace(storage, gridChoices(org))).toBeNull()
    rememberPlace(storage, { gridId: 'g-1', buildingId: 'b-9' })
    expect(lastPlace(storage, gridChoices(org))).toEqual({ gridId: 'g-1', buildingId: '' })
  })
})
