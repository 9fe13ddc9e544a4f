import type { Organisation } from '../shared/org'

/** A two-street city for tests: the shape of `GET /api/org`, cut down. */
export const ORG: Organisation = {
  city: { id: 'demo-city', name: { zh: '示范市', en: 'Demo City' } },
  streets: [
    {
      id: 'st-dongcheng',
      name: { zh: '东城街道', en: 'Dongcheng Subdistrict' },
      communities: [
        {
          id: 'cm-xingfuli',
          name: { zh: '幸福里社区', en: 'Xingfuli Community' },
          grids: [
            { id: 'g-01-01', name: { zh: '幸福里第一网格', en: 'Xingfuli Grid 1' }, households: 300, buildings: [] },
            { id: 'g-01-02', name: { zh: '幸福里第二网格', en: 'Xingfuli Grid 2' }, households: 280, buildings: [] },
          ],
        },
      ],
    },
    {
      id: 'st-nanhu',
      name: { zh: '南湖街道', en: 'Nanhu Subdistrict' },
      communities: [
        {
          id: 'cm-binhe',
          name: { zh: '滨河社区', en: 'Binhe Community' },
          grids: [{ id: 'g-05-01', name: { zh: '滨河第一网格', en: 'Binhe Grid 1' }, households: 250, buildings: [] }],
        },
      ],
    },
  ],
  departments: [
    { id: 'dept-urban-mgmt', name: { zh: '城市管理和综合执法局', en: 'Urban Management and Law Enforcement Bureau' } },
    { id: 'dept-fire', name: { zh: '消防救援支队', en: 'Fire and Rescue Detachment' } },
  ],
  categories: [
    { id: 'parking', name: { zh: '停车难', en: 'Parking' }, icon: 'car', signOffHours: 2, resolutionHours: 24, hoursKind: 'WORKING', defaultDepartmentId: 'dept-urban-mgmt' },
    { id: 'garbage', name: { zh: '垃圾乱', en: 'Garbage' }, icon: 'trash', signOffHours: 2, resolutionHours: 24, hoursKind: 'WORKING', defaultDepartmentId: 'dept-urban-mgmt' },
  ],
}
