import type { Organisation } from '../shared/org'
import type { ReportView } from './report'

/** Test fixtures shaped as the API answers; imported by tests only. */
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
            {
              id: 'g-01-01',
              name: { zh: '幸福里第一网格', en: 'Xingfuli Grid 1' },
              households: 435,
              buildings: [{ id: 'g-01-01-b3', name: { zh: '3号楼', en: 'Building 3' } }],
            },
          ],
        },
      ],
    },
  ],
  departments: [{ id: 'dept-urban-mgmt', name: { zh: '城市管理局', en: 'Urban Management' } }],
  categories: [
    {
      id: 'parking',
      name: { zh: '停车难', en: 'Parking' },
      icon: 'car',
      signOffHours: 4,
      resolutionHours: 48,
      hoursKind: 'WORKING',
      defaultDepartmentId: 'dept-urban-mgmt',
    },
  ],
}

/** A row as the list endpoint answers it. */
export const LIST_PAGE = {
  items: [
    {
      reportId: '2026112300012',
      status: 'DISPATCHED',
      statusZh: '待签收',
      statusEn: 'Awaiting sign-off',
      gridId: 'g-01-01',
      buildingId: 'g-01-01-b3',
      categoryId: 'parking',
      priority: 'URGENT',
      departmentId: 'dept-urban-mgmt',
      submittedAt: '2026-11-23T01:00:00Z',
      lastEventAt: '2026-11-23T02:00:00Z',
      dueAt: '2026-11-23T06:00:00Z',
      overdue: true,
      description: '3号楼消防通道被私家车占用',
      reporter: { name: '张*丰', phone: '138****8000' },
      escalation: 'COMMUNITY',
    },
    {
      reportId: '2026112300011',
      status: 'SUBMITTED',
      statusLabel: { zh: '待受理', en: 'Awaiting intake' },
      gridId: 'g-01-01',
      buildingId: null,
      categoryId: 'parking',
      priority: null,
      departmentId: null,
      submittedAt: '2026-11-23T00:30:00Z',
      lastEventAt: '2026-11-23T00:30:00Z',
      dueAt: null,
      overdue: false,
      description: '楼道堆物',
      reporter: null,
      escalation: null,
    },
  ],
  next: 'MTc2Mzg1OTYwMDAwMHwyMDI2MTEyMzAwMDEx',
}

export function dispatchedView(): ReportView {
  return {
    reportId: '2026112300012',
    status: 'DISPATCHED',
    statusLabel: { zh: '待签收', en: 'Awaiting sign-off' },
    version: 2,
    state: {
      status: 'DISPATCHED',
      gridId: 'g-01-01',
      buildingId: 'g-01-01-b3',
      categoryId: 'parking',
      priority: 'URGENT',
      departmentId: 'dept-urban-mgmt',
      signOffDueAt: '2026-11-23T04:00:00Z',
      dueAt: '2026-11-25T04:00:00Z',
      submittedAt: '2026-11-23T01:00:00Z',
      lastSatisfaction: null,
      returns: 0,
      extensions: 0,
      reworks: 0,
      reopenings: 0,
    },
    timeline: [
      {
        sequence: 0,
        type: 'ReportSubmitted',
        at: '2026-11-23T01:00:00Z',
        actor: { id: 'receipt:2026112300012', role: 'RESIDENT' },
        data: {
          reportId: '2026112300012',
          gridId: 'g-01-01',
          buildingId: 'g-01-01-b3',
          categoryId: 'parking',
          description: '3号楼消防通道被私家车占用',
          channel: 'RESIDENT_APP',
          reporter: { residentId: 'r-1', encryptedName: 'v1.xx', encryptedPhone: 'v1.yy' },
        },
      },
      {
        sequence: 1,
        type: 'ReportClassified',
        at: '2026-11-23T01:30:00Z',
        actor: { id: 'demo-dispatcher', role: 'DISPATCHER' },
        data: { categoryId: 'parking', priority: 'URGENT' },
      },
      {
        sequence: 2,
        type: 'ReportDispatched',
        at: '2026-11-23T02:00:00Z',
        actor: { id: 'demo-dispatcher', role: 'DISPATCHER' },
        data: {
          departmentId: 'dept-urban-mgmt',
          signOffDueAt: '2026-11-23T04:00:00Z',
          dueAt: '2026-11-25T04:00:00Z',
          instructions: '请尽快到场',
        },
      },
    ],
    reporter: { residentId: 'r-1', name: '张三丰', phone: '13800138000', shown: 'CLEAR' },
  }
}
