import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { lang } from '../shared/i18n'
import DeadlineBoard from './DeadlineBoard.vue'
import KpiCards from './KpiCards.vue'
import type { BoardRow } from './frames'
import type { Names } from './names'

const names: Names = { grid: (id) => `grid ${id}`, category: (id) => `cat ${id}`, department: (id) => id }
const AS_OF = Date.parse('2026-11-23T10:00:00Z')
const row = (reportId: string, secondsLeft: number): BoardRow => ({
  reportId,
  gridId: 'g-01-01',
  categoryId: 'parking',
  status: 'DISPATCHED',
  dueAt: new Date(AS_OF + secondsLeft * 1000).toISOString(),
  secondsLeft,
})

describe('DeadlineBoard', () => {
  afterEach(() => {
    lang.value = 'zh'
  })

  it('counts down every second from the frame’s figures on the server’s clock', async () => {
    // the local clock is 5 s behind the server's
    const board = mount(DeadlineBoard, { props: { rows: [row('r1', 10 * 3600)], asOf: AS_OF, offset: 5_000, now: AS_OF - 5_000, names } })
    expect(board.find('.c-count').text()).toBe('10:00:00')
    await board.setProps({ now: AS_OF - 5_000 + 61_000 })
    expect(board.find('.c-count').text()).toBe('09:58:59')
  })

  it('turns amber under four hours and red, counting up, once overdue', async () => {
    const board = mount(DeadlineBoard, {
      props: { rows: [row('ok', 5 * 3600), row('soon', 3600), row('late', -90)], asOf: AS_OF, offset: 0, now: AS_OF, names },
    })
    const rows = board.findAll('tbody tr')
    expect(rows.map((r) => r.classes().find((c) => c.startsWith('u-')))).toEqual(['u-ok', 'u-warning', 'u-overdue'])
    expect(rows[2]!.find('.c-tag').text()).toBe('超期')
    expect(rows[2]!.find('.c-count').text()).toBe('00:01:30')
    await board.setProps({ now: AS_OF + 10_000 })
    expect(board.findAll('tbody tr')[2]!.find('.c-count').text()).toBe('00:01:40')
  })

  it('names the grid, the category and the status in the chosen language', async () => {
    const board = mount(DeadlineBoard, { props: { rows: [row('r1', 100)], asOf: AS_OF, offset: 0, now: AS_OF, names } })
    expect(board.text()).toContain('grid g-01-01')
    expect(board.text()).toContain('cat parking')
    expect(board.text()).toContain('待签收')
    lang.value = 'en'
    await board.vm.$nextTick()
    expect(board.text()).toContain('Awaiting sign-off')
  })
})

describe('KpiCards', () => {
  it('shows a dash for a rate with nothing to rate and the figures otherwise', () => {
    const cards = mount(KpiCards, {
      props: { figures: { newToday: 12, open: 30, overdue: 2, dueWithin24h: 4, onTimeRate: 0.875, satisfactionRate: null } },
    })
    expect(cards.find('[data-kpi="newToday"] .kpi-value').text()).toBe('12件')
    expect(cards.find('[data-kpi="onTimeRate"] .kpi-value').text()).toBe('87.5%')
    expect(cards.find('[data-kpi="satisfactionRate"] .kpi-value').text()).toBe('—')
    expect(cards.find('[data-kpi="overdue"]').classes()).toContain('tone-red')
  })
})
