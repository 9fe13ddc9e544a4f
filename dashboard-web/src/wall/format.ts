import type { Lang } from '../shared/i18n'

/** Shown for a figure that does not exist yet (a rate with nothing to rate), never a misleading 0 %. */
export const NONE = '—'

const ZONE = 'Asia/Shanghai'

/** 0.875 → 87.5%, 1 → 100%, null → —. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return NONE
  const percent = Math.round(rate * 1000) / 10
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`
}

export function formatCount(count: number | null | undefined, lang: Lang): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return NONE
  return count.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
}

const UNITS: Record<Lang, [string, string, string, string]> = {
  zh: ['天', '小时', '分钟', '秒'],
  en: ['d', 'h', 'm', 's'],
}

/** A length of time in its two largest units: 2天3小时 / 2d 3h, 5分钟 / 5m, 40秒 / 40s. */
export function formatDuration(seconds: number | null | undefined, lang: Lang): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return NONE
  const total = Math.max(0, Math.round(Math.abs(seconds)))
  const parts = [Math.floor(total / 86_400), Math.floor((total % 86_400) / 3_600), Math.floor((total % 3_600) / 60), total % 60]
  const first = parts.findIndex((part) => part > 0)
  if (first < 0) return lang === 'zh' ? '0秒' : '0s'
  const units = UNITS[lang]
  const shown: string[] = []
  for (let i = first; i < Math.min(first + 2, parts.length); i++) {
    if (parts[i]! > 0) shown.push(`${parts[i]}${units[i]}`)
  }
  return shown.join(lang === 'zh' ? '' : ' ')
}

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * Time left (or past) as hh:mm:ss, whole days in front once there is more than a day:
 * 3725 → 01:02:05, 2 days and a bit → 2天 00:00:05 / 2d 00:00:05. The sign is the caller's to show.
 */
export function formatCountdown(seconds: number, lang: Lang): string {
  const total = Math.floor(Math.abs(seconds))
  const days = Math.floor(total / 86_400)
  const clock = `${pad(Math.floor((total % 86_400) / 3_600))}:${pad(Math.floor((total % 3_600) / 60))}:${pad(total % 60)}`
  if (days === 0) return clock
  return lang === 'zh' ? `${days}天 ${clock}` : `${days}d ${clock}`
}

/** How long ago, for the ticker: 刚刚 / just now, 12秒前 / 12 s ago, 5分钟前, 3小时前, else the date. */
export function formatRelative(atMs: number, nowMs: number, lang: Lang): string {
  const seconds = Math.max(0, Math.floor((nowMs - atMs) / 1000))
  if (seconds < 10) return lang === 'zh' ? '刚刚' : 'just now'
  if (seconds < 60) return lang === 'zh' ? `${seconds}秒前` : `${seconds} s ago`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return lang === 'zh' ? `${minutes}分钟前` : `${minutes} min ago`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return lang === 'zh' ? `${hours}小时前` : `${hours} h ago`
  return formatDate(atMs, lang)
}

function parts(ms: number, lang: Lang, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const found: Record<string, string> = {}
  const format = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: ZONE, hourCycle: 'h23', ...options })
  for (const part of format.formatToParts(ms)) found[part.type] = part.value
  return found
}

/** 14:05:09 in Beijing time, whatever the display's own time zone. */
export function formatTime(ms: number, lang: Lang): string {
  const p = parts(ms, lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
  return `${p.hour}:${p.minute}:${p.second}`
}

/** 2026-11-23 in Beijing time. */
export function formatDate(ms: number, lang: Lang): string {
  const p = parts(ms, lang, { year: 'numeric', month: '2-digit', day: '2-digit' })
  return `${p.year}-${p.month}-${p.day}`
}

/** 周一 / Mon in Beijing time. */
export function formatWeekday(ms: number, lang: Lang): string {
  return parts(ms, lang, { weekday: 'short' }).weekday ?? ''
}

/** A category-day key (yyyy-MM-dd) as an axis label: 11-23 / 23 Nov. */
export function formatDay(day: string, lang: Lang): string {
  const [, month, date] = day.split('-')
  if (!month || !date) return day
  if (lang === 'zh') return `${Number(month)}月${Number(date)}日`
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${Number(date)} ${names[Number(month) - 1] ?? month}`
}
