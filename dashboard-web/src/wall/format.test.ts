import { describe, expect, it } from 'vitest'
import { clockOffset, secondsLeftNow, urgencyOf } from './countdown'
import {
  formatCount,
  formatCountdown,
  formatDate,
  formatDay,
  formatDuration,
  formatRate,
  formatRelative,
  formatTime,
} from './format'

describe('formatRate', () => {
  it('writes a share as a percentage with at most one decimal', () => {
    expect(formatRate(0.875)).toBe('87.5%')
    expect(formatRate(1)).toBe('100%')
    expect(formatRate(0)).toBe('0%')
    expect(formatRate(2 / 3)).toBe('66.7%')
  })

  it('shows a dash while there is nothing to rate', () => {
    expect(formatRate(null)).toBe('—')
    expect(formatRate(undefined)).toBe('—')
  })
})

describe('formatCount', () => {
  it('groups thousands and dashes a missing figure', () => {
    expect(formatCount(12345, 'en')).toBe('12,345')
    expect(formatCount(undefined, 'zh')).toBe('—')
  })
})

describe('formatDuration', () => {
  it('names the two largest units in either language', () => {
    const seconds = 2 * 86_400 + 3 * 3_600 + 59
    expect(formatDuration(seconds, 'zh')).toBe('2天3小时')
    expect(formatDuration(seconds, 'en')).toBe('2d 3h')
    expect(formatDuration(3 * 3_600 + 15 * 60, 'zh')).toBe('3小时15分钟')
    expect(formatDuration(40, 'en')).toBe('40s')
  })

  it('leaves out an empty second unit', () => {
    expect(formatDuration(2 * 86_400 + 30, 'zh')).toBe('2天')
  })

  it('dashes an unknown duration and writes nothing as zero', () => {
    expect(formatDuration(null, 'zh')).toBe('—')
    expect(formatDuration(0, 'en')).toBe('0s')
  })
})

describe('formatCountdown', () => {
  it('counts in hh:mm:ss', () => {
    expect(formatCountdown(3_725, 'zh')).toBe('01:02:05')
    expect(formatCountdown(59, 'en')).toBe('00:00:59')
  })

  it('puts whole days in front', () => {
    expect(formatCountdown(2 * 86_400 + 5, 'zh')).toBe('2天 00:00:05')
    expect(formatCountdown(86_400 + 3_600, 'en')).toBe('1d 01:00:00')
  })

  it('counts time past due without a sign', () => {
    expect(formatCountdown(-61, 'zh')).toBe('00:01:01')
  })
})

describe('formatRelative', () => {
  const now = Date.parse('2026-11-23T10:00:00Z')
  it('says how long ago in the chosen language', () => {
    expect(formatRelative(now - 3_000, now, 'zh')).toBe('刚刚')
    expect(formatRelative(now - 12_000, now, 'en')).toBe('12 s ago')
    expect(formatRelative(now - 5 * 60_000, now, 'zh')).toBe('5分钟前')
    expect(formatRelative(now - 3 * 3_600_000, now, 'en')).toBe('3 h ago')
  })

  it('gives the date for anything older than a day', () => {
    expect(formatRelative(now - 2 * 86_400_000, now, 'en')).toBe('2026-11-21')
  })
})

describe('Beijing time', () => {
  it('shows the time and date in Asia/Shanghai whatever the machine’s zone', () => {
    const ms = Date.parse('2026-11-23T17:05:09Z')
    expect(formatTime(ms, 'zh')).toBe('01:05:09')
    expect(formatDate(ms, 'en')).toBe('2026-11-24')
  })

  it('labels a category day for the chart axis', () => {
    expect(formatDay('2026-11-03', 'zh')).toBe('11月3日')
    expect(formatDay('2026-11-03', 'en')).toBe('3 Nov')
  })
})

describe('countdown', () => {
  it('takes the server clock offset from a frame’s at and its arrival', () => {
    expect(clockOffset('2026-11-23T10:00:02Z', Date.parse('2026-11-23T10:00:00Z'))).toBe(2_000)
    expect(clockOffset('not a time', 5)).toBe(0)
  })

  it('counts down from the frame’s figure on the corrected clock', () => {
    const asOf = Date.parse('2026-11-23T10:00:00Z')
    // the local clock runs 30 s behind the server's: 10 s after the frame here is 40 s on the server
    const offset = 30_000
    const localNow = asOf - offset + 40_000
    expect(secondsLeftNow(100, asOf, offset, localNow)).toBe(60)
  })

  it('goes negative once the deadline passes', () => {
    const asOf = 1_000_000
    expect(secondsLeftNow(5, asOf, 0, asOf + 8_000)).toBe(-3)
  })

  it('turns amber within four hours and red past due', () => {
    expect(urgencyOf(5 * 3_600)).toBe('ok')
    expect(urgencyOf(4 * 3_600 - 1)).toBe('warning')
    expect(urgencyOf(0)).toBe('warning')
    expect(urgencyOf(-1)).toBe('overdue')
  })
})
