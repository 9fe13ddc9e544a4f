import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ActionForm from './ActionForm.vue'
import { dispatchedView, ORG } from './fixtures'
import { namesFrom } from './names'
import type { ReportView } from './report'

function classifiedView(): ReportView {
  const view = dispatchedView()
  return { ...view, status: 'CLASSIFIED', state: { ...view.state, status: 'CLASSIFIED', departmentId: null, signOffDueAt: null, dueAt: null } }
}

function answer(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })
}

function mountForm(action: 'dispatch' | 'reject') {
  return mount(ActionForm, {
    props: { action, title: action, view: classifiedView(), org: ORG, names: namesFrom(ORG) },
    attachTo: document.body,
  })
}

describe('an action form', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('offers the category’s department for a dispatch', () => {
    const form = mountForm('dispatch')
    expect((form.find('select[name="departmentId"]').element as HTMLSelectElement).value).toBe('dept-urban-mgmt')
  })

  it('does not send a form with a required field empty and says which', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const form = mountForm('reject')
    await form.find('form').trigger('submit')
    expect(fetch).not.toHaveBeenCalled()
    expect(form.find('[data-error-for="reason"]').text()).toBe('必填')
  })

  it('shows the server’s field error next to its field', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(400, {
      status: 400, title: 'Invalid fields', detail: 'invalid: dispatch.body.instructions',
      errors: [{ field: 'dispatch.body.instructions', message: 'size must be between 0 and 1000' }],
    }, 'application/problem+json')))
    const form = mountForm('dispatch')
    await form.find('form').trigger('submit')
    await flushPromises()
    expect(form.find('[data-error-for="instructions"]').text()).toBe('size must be between 0 and 1000')
    expect(form.find('[data-testid="form-problem"]').exists()).toBe(false)
  })

  it('shows the problem’s detail when it names no field', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(422, { status: 422, title: 'Rule violated', detail: 'department dept-x is not known' }, 'application/problem+json')))
    const form = mountForm('reject')
    await form.find('textarea[name="reason"]').setValue('重复上报')
    await form.find('form').trigger('submit')
    await flushPromises()
    expect(form.find('[data-testid="form-problem"]').text()).toBe('department dept-x is not known')
  })

  it('reports a conflict rather than an error when someone else moved the report', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(409, { status: 409, title: 'Not possible now' }, 'application/problem+json')))
    const form = mountForm('reject')
    await form.find('textarea[name="reason"]').setValue('重复上报')
    await form.find('form').trigger('submit')
    await flushPromises()
    expect(form.emitted('conflict')).toHaveLength(1)
  })

  it('hands back the report as the server now has it', async () => {
    const rejected = { ...classifiedView(), status: 'REJECTED' }
    const fetch = vi.fn().mockResolvedValue(answer(200, rejected))
    vi.stubGlobal('fetch', fetch)
    const form = mountForm('reject')
    await form.find('textarea[name="reason"]').setValue(' 重复上报 ')
    await form.find('form').trigger('submit')
    await flushPromises()
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/reports/2026112300012/reject')
    expect(JSON.parse(fetch.mock.calls[0]?.[1].body as string)).toEqual({ reason: '重复上报' })
    expect(form.emitted('done')?.[0]).toEqual([rejected])
  })
})
