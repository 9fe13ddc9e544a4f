import { afterEach, describe, expect, it } from 'vitest'
import { lang } from '../shared/i18n'
import { dispatchedView, ORG } from './fixtures'
import { namesFrom } from './names'
import { actorLabel, describeEvent } from './timeline'

const names = namesFrom(ORG)

describe('the timeline', () => {
  afterEach(() => {
    lang.value = 'zh'
  })

  it('names a dispatch with its department and due times in Beijing time', () => {
    const entry = dispatchedView().timeline[2]!
    expect(describeEvent(entry, names)).toEqual({
      sequence: 2,
      label: '派遣',
      at: '2026-11-23T02:00:00Z',
      actor: 'demo-dispatcher · 指挥中心调度员',
      facts: [
        { label: '责任部门', value: '城市管理局' },
        { label: '签收时限', value: '2026-11-23 12:00' },
        { label: '办结时限', value: '2026-11-25 12:00' },
        { label: '派遣说明', value: '请尽快到场' },
      ],
      tone: 'step',
    })
  })

  it('shows a submission without the encrypted reporter', () => {
    const shown = describeEvent(dispatchedView().timeline[0]!, names)
    expect(shown.actor).toBe('居民')
    expect(shown.facts.map((f) => f.value)).toEqual(['停车难', '幸福里第一网格 · 3号楼', '居民上报', '3号楼消防通道被私家车占用'])
    expect(JSON.stringify(shown)).not.toContain('v1.')
  })

  it('speaks English when asked', () => {
    lang.value = 'en'
    const shown = describeEvent(dispatchedView().timeline[1]!, names)
    expect(shown.label).toBe('Classified')
    expect(shown.facts).toEqual([
      { label: 'Category', value: 'Parking' },
      { label: 'Priority', value: 'Urgent' },
    ])
  })

  it('sets overdue marks and escalations apart', () => {
    const mark = describeEvent({ sequence: 3, type: 'SignOffOverdue', at: '2026-11-23T04:00:00Z', actor: { id: 'system', role: 'SYSTEM' }, data: { departmentId: 'dept-urban-mgmt', dueAt: '2026-11-23T04:00:00Z' } }, names)
    expect(mark).toMatchObject({ label: '签收超期', tone: 'alert', actor: '系统' })
  })

  it('shows an event type it does not know by its name', () => {
    expect(describeEvent({ sequence: 9, type: 'SomethingNew', at: '', actor: null, data: {} }, names).label).toBe('SomethingNew')
    expect(actorLabel(null)).toBe('')
  })
})
