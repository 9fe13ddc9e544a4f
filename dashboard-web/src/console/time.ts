import { t } from './i18n'

/**
 * Times as operators read them: always Beijing time (Asia/Shanghai, UTC+8 all year, no daylight saving), whatever
 * the browser's own zone, so two people on the phone about a deadline see the same clock.
 */
const BEIJING_OFFSET_MS = 8 * 3_600_000
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function beijingParts(instant: string | number | Date): Date {
  return new Date(new Date(instant).getTime() + BEIJING_OFFSET_MS)
}

const two = (n: number) => String(n).padStart(2, '0')

/** `2026-11-24 17:30`, in Beijing time; empty for a missing or unreadable instant. */
export function formatTime(instant: string | null | undefined): string {
  if (!instant) return ''
  const ms = new Date(instant).getTime()
  if (Number.isNaN(ms)) return ''
  const d = beijingParts(ms)
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** Shorter for lists: the time alone today, the month and day this year, the full date otherwise. */
export function formatShort(instant: string | null | undefined, now = Date.now()): string {
  const full = formatTime(instant)
  if (!full) return ''
  const today = formatTime(new Date(now).toISOString())
  if (full.slice(0, 10) === today.slice(0, 10)) return full.slice(11)
  if (full.slice(0, 4) === today.slice(0, 4)) return full.slice(5)
  return full.slice(0, 10)
}

/** The value a `datetime-local` input shows for an instant, in Beijing time. */
export function toInputValue(instant: string | number | Date): string {
  const d = beijingParts(instant)
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** The instant a `datetime-local` value means when read as Beijing time; null when it is not a time. */
export function fromInputValue(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
  if (!m) return null
  const [, y, mo, d, h, mi, s] = m
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - BEIJING_OFFSET_MS
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** A duration in the two largest units that matter: `2天3小时`, `3 h 15 min`, `< 1 min`. */
export function humanDuration(ms: number): string {
  const abs = Math.abs(ms)
  if (abs < MINUTE) return t('lessThanAMinute')
  const days = Math.floor(abs / DAY)
  const hours = Math.floor((abs % DAY) / HOUR)
  const minutes = Math.floor((abs % HOUR) / MINUTE)
  if (days > 0) return hours > 0 ? t('daysHours', { d: days, h: hours }) : t('days', { d: days })
  if (hours > 0) return minutes > 0 ? t('hoursMinutes', { h: hours, m: minutes }) : t('hours', { h: hours })
  return t('minutes', { m: minutes })
}

export interface TimeLeft {
  text: string
  overdue: boolean
  /** Less than four hours to go: the tracker's own last warning. */
  soon: boolean
}

/** How long until a due time, or how long past it. */
export function timeLeft(due: string | null | undefined, now = Date.now()): TimeLeft | null {
  if (!due) return null
  const ms = new Date(due).getTime() - now
  if (Number.isNaN(ms)) return null
  return ms < 0
    ? { text: t('overdueBy', { d: humanDuration(ms) }), overdue: true, soon: false }
    : { text: t('leftIn', { d: humanDuration(ms) }), overdue: false, soon: ms < 4 * HOUR }
}

/** How long ago: `3小时15分前`. */
export function ago(instant: string | null | undefined, now = Date.now()): string {
  if (!instant) return ''
  const ms = now - new Date(instant).getTime()
  return Number.isNaN(ms) ? '' : t('ago', { d: humanDuration(ms) })
}
