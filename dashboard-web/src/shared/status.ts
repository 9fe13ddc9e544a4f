import type { Localized } from './i18n'

/** The report statuses with the labels operators see (report/Status in the backend). */
export const STATUSES: Record<string, Localized> = {
  SUBMITTED: { zh: '待受理', en: 'Awaiting intake' },
  CLASSIFIED: { zh: '待派遣', en: 'Awaiting dispatch' },
  DISPATCHED: { zh: '待签收', en: 'Awaiting sign-off' },
  ACCEPTED: { zh: '处置中', en: 'In progress' },
  RESOLVED: { zh: '待核查', en: 'Awaiting verification' },
  VERIFIED: { zh: '待评价', en: 'Awaiting rating' },
  RATED: { zh: '已评价', en: 'Rated' },
  REOPENED: { zh: '重新办理', en: 'Reopened' },
  REJECTED: { zh: '不予受理', en: 'Rejected' },
  CLOSED: { zh: '已关闭', en: 'Closed' },
}
