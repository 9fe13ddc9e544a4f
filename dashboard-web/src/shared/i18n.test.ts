import { afterEach, describe, expect, it } from 'vitest'
import { dictionary, lang, localized } from './i18n'

const t = dictionary({ overdue: '超期 {n} 件' }, { overdue: '{n} overdue' })

describe('dictionary', () => {
  afterEach(() => {
    lang.value = 'zh'
  })

  it('answers in the chosen language and fills placeholders', () => {
    expect(t('overdue', { n: 3 })).toBe('超期 3 件')
    lang.value = 'en'
    expect(t('overdue', { n: 3 })).toBe('3 overdue')
  })

  it('falls back to the Chinese name when an English one is missing', () => {
    lang.value = 'en'
    expect(localized({ zh: '幸福里', en: '' })).toBe('幸福里')
  })
})
