import type { Names } from './names'
import type { TimelineEntry } from './report'
import { t, type Key } from './i18n'
import { formatTime } from './time'

/** One event of a report's timeline as the page shows it: its name, who, and the facts that matter. */
export interface ShownEvent {
  sequence: number
  label: string
  at: string
  actor: string
  facts: { label: string; value: string }[]
  /** Warnings, overdue marks and escalations are judgements about the handling, set apart from its steps. */
  tone: 'step' | 'warning' | 'alert' | 'end'
}

const EVENT_KEYS: Record<string, Key> = {
  ReportSubmitted: 'evSubmitted',
  ReportClassified: 'evClassified',
  ReportRejected: 'evRejected',
  ReportDispatched: 'evDispatched',
  DispatchAccepted: 'evAccepted',
  DispatchReturned: 'evReturned',
  DeadlineExtended: 'evExtended',
  ProgressNoted: 'evProgress',
  DeadlineApproaching: 'evApproaching',
  SignOffOverdue: 'evSignOffOverdue',
  ResolutionOverdue: 'evResolutionOverdue',
  ReportEscalated: 'evEscalated',
  ReportResolved: 'evResolved',
  ResolutionVerified: 'evVerified',
  ReworkRequested: 'evRework',
  ReportRated: 'evRated',
  ReportReopened: 'evReopened',
  ReportClosed: 'evClosed',
}

const TONES: Record<string, ShownEvent['tone']> = {
  DeadlineApproaching: 'warning',
  SignOffOverdue: 'alert',
  ResolutionOverdue: 'alert',
  ReportEscalated: 'alert',
  ReportRejected: 'end',
  ReportClosed: 'end',
}

const ROLE_KEYS: Record<string, Key> = {
  RESIDENT: 'roleResident',
  GRID_WORKER: 'roleGridWorker',
  DISPATCHER: 'roleDispatcher',
  DEPARTMENT_HANDLER: 'roleHandler',
  SUPERVISOR: 'roleSupervisor',
  AUDITOR: 'roleAuditor',
  ADMIN: 'roleAdmin',
  DISPLAY: 'roleDisplay',
  SYSTEM: 'roleSystem',
}

export function roleLabel(role: string | null | undefined): string {
  const key = ROLE_KEYS[(role ?? '').toUpperCase()]
  return key ? t(key) : (role ?? '')
}

const ENUM_KEYS: Record<string, Key> = {
  NORMAL: 'priorityNormal',
  URGENT: 'priorityUrgent',
  SATISFIED: 'satisfied',
  BASICALLY_SATISFIED: 'basicallySatisfied',
  DISSATISFIED: 'dissatisfied',
  SIGN_OFF: 'deadlineSignOff',
  RESOLUTION: 'deadlineResolution',
  COMMUNITY: 'levelCommunity',
  STREET: 'levelStreet',
  CITY: 'levelCity',
  RESIDENT_APP: 'channelResidentApp',
  GRID_WORKER_APP: 'channelGridWorkerApp',
  HOTLINE: 'channelHotline',
  WALK_IN: 'channelWalkIn',
  CONSOLE: 'channelConsole',
}

/** A value of one of the events' enumerations (priority, satisfaction, deadline, level, channel) in words. */
export function enumLabel(value: unknown): string {
  if (typeof value !== 'string') return ''
  const key = ENUM_KEYS[value]
  return key ? t(key) : value
}

/** Who did it: a resident's receipt and the system are named by their role only, staff by account too. */
export function actorLabel(actor: { id: string; role: string } | null | undefined): string {
  if (!actor) return ''
  const role = roleLabel(actor.role)
  if (actor.role === 'RESIDENT' || actor.role === 'SYSTEM' || actor.id.startsWith('receipt:')) return role
  return `${actor.id} · ${role}`
}

const str = (v: unknown) => (typeof v === 'string' ? v : '')

export function describeEvent(entry: TimelineEntry, names: Names): ShownEvent {
  const d = entry.data ?? {}
  const facts: { label: string; value: string }[] = []
  const add = (key: Key, value: string) => {
    if (value) facts.push({ label: t(key), value })
  }
  switch (entry.type) {
    case 'ReportSubmitted':
      add('fieldCategory', names.category(str(d.categoryId)))
      add('fieldGrid', [names.grid(str(d.gridId)), names.building(str(d.buildingId))].filter(Boolean).join(' · '))
      add('fieldChannel', enumLabel(d.channel))
      add('fieldDescription', str(d.description))
      break
    case 'ReportClassified':
      add('fieldCategory', names.category(str(d.categoryId)))
      add('fieldPriority', enumLabel(d.priority))
      break
    case 'ReportDispatched':
      add('fieldDepartment', names.department(str(d.departmentId)))
      add('fieldSignOffDue', formatTime(str(d.signOffDueAt)))
      add('fieldDue', formatTime(str(d.dueAt)))
      add('fieldInstructions', str(d.instructions))
      break
    case 'DispatchAccepted':
      add('fieldDepartment', names.department(str(d.departmentId)))
      break
    case 'DispatchReturned':
      add('fieldDepartment', names.department(str(d.departmentId)))
      add('fieldReason', str(d.reason))
      break
    case 'DeadlineExtended':
      add('fieldPreviousDue', formatTime(str(d.previousDueAt)))
      add('fieldNewDue', formatTime(str(d.newDueAt)))
      add('fieldReason', str(d.reason))
      break
    case 'ProgressNoted':
      add('fieldNote', str(d.note))
      break
    case 'DeadlineApproaching':
      add('fieldDeadline', enumLabel(d.deadline))
      add('fieldDueAt', formatTime(str(d.dueAt)))
      add('fieldThreshold', str(d.threshold))
      break
    case 'SignOffOverdue':
    case 'ResolutionOverdue':
      add('fieldDepartment', names.department(str(d.departmentId)))
      add('fieldDueAt', formatTime(str(d.dueAt)))
      break
    case 'ReportEscalated':
      add('fieldLevel', enumLabel(d.level))
      add('fieldDeadline', enumLabel(d.deadline))
      add('fieldDepartment', names.department(str(d.departmentId)))
      add('fieldDueAt', formatTime(str(d.dueAt)))
      break
    case 'ReportResolved':
      add('fieldDepartment', names.department(str(d.departmentId)))
      add('fieldResolution', str(d.resolution))
      break
    case 'ResolutionVerified':
      add('fieldNote', str(d.note))
      break
    case 'ReworkRequested':
    case 'ReportRejected':
    case 'ReportReopened':
      add('fieldReason', str(d.reason))
      break
    case 'ReportRated':
      add('fieldSatisfaction', enumLabel(d.satisfaction))
      add('fieldComment', str(d.comment))
      break
  }
  const key = EVENT_KEYS[entry.type]
  return {
    sequence: entry.sequence,
    label: key ? t(key) : entry.type,
    at: entry.at,
    actor: actorLabel(entry.actor),
    facts,
    tone: TONES[entry.type] ?? 'step',
  }
}
