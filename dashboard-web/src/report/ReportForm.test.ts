import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Organisation } from '../shared/org'
import ReportForm from './ReportForm.vue'

const n = (zh: string) => ({ zh, en: zh })
const org: Organisation = {
  city: { id: 'c', name: n('市') },
  departments: [],
  categories: [
    { id: 'parking', name: n('停车难'), icon: 'parking', signOffHours: 4, resolutionHours: 72, hoursKind: 'WORKING', defaultDepartmentId: 'd' },
  ],
  streets: [
    {
      id: 'st-1',
      name: n('东城街道'),
      communities: [{ id: 'cm-1', name: n('幸福里社区'), grids: [{ id: 'g-1', name: n('第一网格'), households: 1, buildings: [] }] }],
    },
  ],
}

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } })
}

async function filledForm() {
  const form = mount(ReportForm, { props: { org }, attachTo: document.body })
  await form.get('input[value="parking"]').setValue(true)
  await form.get('[data-testid="grid-g-1"]').trigger('click')
  await form.get('[data-testid="description"]').setValue('车位被占')
  return form
}

describe('ReportForm', () => {
  beforeEach(() => localStorage.clear())
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows the server’s field errors next to their fields and keeps the draft', async () => {
    const fetch = vi.fn(async () =>
      answer(400, { status: 400, title: 'Bad Request', errors: [{ field: 'submit.body.reporter.phone', message: '必须是手机号' }] }),
    )
    vi.stubGlobal('fetch', fetch)
    const form = await filledForm()
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(fetch).toHaveBeenCalledTimes(1)
    const phone = form.get('[data-testid="phone"]')
    expect(phone.attributes('aria-invalid')).toBe('true')
    expect(form.text()).toContain('必须是手机号')
    expect(JSON.parse(localStorage.getItem('grid-steward.report.draft')!).fields.description).toBe('车位被占')
  })

  it('sends once however often the button is tapped', async () => {
    let release!: (r: Response) => void
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (release = resolve)))
    vi.stubGlobal('fetch', fetch)
    const form = await filledForm()
    await form.get('form').trigger('submit')
    await form.get('form').trigger('submit')
    await form.get('form').trigger('submit')
    expect(fetch).toHaveBeenCalledTimes(1)
    release(answer(201, { reportId: 'R1', receipt: 'r', status: 'SUBMITTED', statusLabel: n('待受理'), timeline: [] }))
    await flushPromises()
    expect(form.emitted('submitted')).toHaveLength(1)
    expect(localStorage.getItem('grid-steward.report.receipts')).toContain('R1')
  })
})
