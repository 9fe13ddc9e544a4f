import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { dispatchedView, ORG } from './fixtures'
import { namesFrom } from './names'
import ReportPanel from './ReportPanel.vue'
import type { ReportView } from './report'

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } })
}

function submitted(): ReportView {
  const view = dispatchedView()
  return {
    ...view,
    status: 'SUBMITTED',
    statusLabel: { zh: '待受理', en: 'Awaiting intake' },
    version: 0,
    state: { ...view.state, status: 'SUBMITTED', priority: null, departmentId: null, signOffDueAt: null, dueAt: null },
    timeline: view.timeline.slice(0, 1),
  }
}

function mountPanel(role: string) {
  return mount(ReportPanel, {
    props: { reportId: '2026112300012', me: null, role, org: ORG, names: namesFrom(ORG), now: Date.parse('2026-11-23T03:00:00Z') },
    attachTo: document.body,
  })
}

describe('a report beside the list', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers a dispatcher the actions of its stage and shows its timeline newest first', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(200, dispatchedView())))
    const panel = mountPanel('DISPATCHER')
    await flushPromises()
    expect(panel.findAll('[data-action]').map((b) => b.attributes('data-action'))).toEqual(['extend'])
    expect(panel.findAll('[data-testid="timeline"] > li strong').map((s) => s.text())).toEqual(['派遣', '分类', '上报'])
    expect(panel.find('[data-testid="report-due"]').text()).toContain('2026-11-25 12:00')
  })

  it('offers an auditor nothing to do', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(200, dispatchedView())))
    const panel = mountPanel('AUDITOR')
    await flushPromises()
    expect(panel.findAll('[data-action]')).toHaveLength(0)
  })

  it('reloads the report and says so when someone else moved it first', async () => {
    const moved = { ...dispatchedView(), status: 'CLASSIFIED', statusLabel: { zh: '待派遣', en: 'Awaiting dispatch' } }
    const fetch = vi.fn()
      .mockResolvedValueOnce(answer(200, submitted()))
      .mockResolvedValueOnce(answer(409, { status: 409, title: 'Not possible now', detail: 'cannot reject a report that is DISPATCHED' }))
      .mockResolvedValueOnce(answer(200, moved))
    vi.stubGlobal('fetch', fetch)
    const panel = mountPanel('DISPATCHER')
    await flushPromises()
    await panel.find('[data-action="reject"]').trigger('click')
    await panel.find('textarea[name="reason"]').setValue('重复上报')
    await panel.find('form').trigger('submit')
    await flushPromises()
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(panel.find('[data-testid="report-notice"]').text()).toContain('已重新加载')
    expect(panel.find('[data-testid="report-status"]').text()).toBe('待派遣')
    expect(panel.emitted('changed')?.at(-1)).toEqual([moved])
  })
})
