import { afterEach, describe, expect, it } from 'vitest'
import { lang } from '../shared/i18n'
import { formatShort, formatTime, fromInputValue, humanDuration, timeLeft, toInputValue } from './time'

const HOUR = 3_600_000

describe('Beijing time', () => {
  it('shows an instant in Beijing time whatever the browser zone', () => {
    expect(formatTime('2026-11-23T18:30:00Z')).toBe('2026-11-24 02:30')
  })

  it('shows nothing for a missing or unreadable instant', () => {
    expect(formatTime(null)).toBe('')
    expect(formatTime('soon')).toBe('')
  })

  it('shortens to the time today and to the day this year', () => {
    const now = Date.parse('2026-11-24T04:00:00Z')
    expect(formatShort('2026-11-24T01:00:00Z', now)).toBe('09:00')
    expect(formatShort('2026-03-01T01:00:00Z', now)).toBe('03-01 09:00')
    expect(formatShort('2025-03-01T01:00:00Z', now)).toBe('2025-03-01')
  })

  it('reads a datetime input as Beijing time and writes it back the same', () => {
    expect(fromInputValue('2026-11-24T17:30')).toBe('2026-11-24T09:30:00.000Z')
    expect(toInputValue('2026-11-24T09:30:00Z')).toBe('2026-11-24T17:30')
    expect(fromInputValue('tomorrow')).toBeNull()
  })
})

describe('durations', () => {
  afterEach(() => {
    lang.value = 'zh'
  })

  it('keeps the two largest units', () => {
    expect(humanDuration(2 * 24 * HOUR + 3 * HOUR + 5 * 60_000)).toBe('2天3小时')
    expect(humanDuration(3 * HOUR + 15 * 60_000)).toBe('3小时15分')
    expect(humanDuration(45 * 60_000)).toBe('45分钟')
    expect(humanDuration(20_000)).toBe('不到1分钟')
    lang.value = 'en'
    expect(humanDuration(3 * HOUR + 15 * 60_000)).toBe('3 h 15 min')
  })

  it('says how long is left, and how long overdue once past', () => {
    const now = Date.parse('2026-11-24T00:00:00Z')
    expect(timeLeft('2026-11-24T05:00:00Z', now)).toEqual({ text: '剩余 5小时', overdue: false, soon: false })
    expect(timeLeft('2026-11-24T02:00:00Z', now)).toEqual({ text: '剩余 2小时', overdue: false, soon: true })
    expect(timeLeft('2026-11-23T22:30:00Z', now)).toEqual({ text: '超期 1小时30分', overdue: true, soon: false })
    expect(timeLeft(null, now)).toBeNull()
  })
})
