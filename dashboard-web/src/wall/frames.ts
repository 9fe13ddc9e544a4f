/**
 * The frames of `/ws/wall` as `events/src/main/resources/wall/frames.schema.json` defines them.
 * Every field the server may leave out is optional here, so a display never trusts a section to be present.
 */
export type Rate = number | null

export interface Figures {
  open?: number
  openByStatus?: Record<string, number>
  newToday?: number
  overdue?: number
  dueWithin24h?: number
  received?: number
  rejected?: number
  resolved?: number
  resolutionRate?: Rate
  onTimeRate?: Rate
  satisfactionRate?: Rate
  averageSignOffSeconds?: number | null
  averageResolveSeconds?: number | null
}

export interface BoardRow {
  reportId: string
  gridId: string
  categoryId: string
  status: string
  dueAt: string
  /** Negative when overdue, as of the `at` of the frame that carried the board. */
  secondsLeft: number
}

export interface Board {
  total?: number
  rows?: BoardRow[]
}

export interface TickerEntry {
  type: string
  labelZh?: string
  labelEn?: string
  reportId: string
  gridId?: string
  categoryId?: string
  at: string
  reporterName?: string | null
  reporterPhone?: string | null
}

export interface DayCounts {
  /** yyyy-MM-dd in Asia/Shanghai. */
  day: string
  counts: Record<string, number>
}

export interface DepartmentFigures {
  departmentId: string
  name?: string
  received?: number
  resolved?: number
  overdue?: number
  escalations?: number
  responseRate?: Rate
  onTimeRate?: Rate
  resolutionRate?: Rate
  satisfactionRate?: Rate
}

export type GridLevel = 'red' | 'yellow' | 'blue'

/** One grid as a map above grid level shows it (section `grids`). */
export interface GridState {
  gridId: string
  open?: number
  overdue?: number
  overdueOver24h?: number
  dueWithin24h?: number
  received?: number
  satisfactionRate?: Rate
  level?: GridLevel
}

export interface ScopeView {
  scope?: string
  at?: string
  figures?: Figures
  board?: Board
  ticker?: TickerEntry[]
  categories?: DayCounts[]
  departments?: DepartmentFigures[]
  grids?: GridState[]
}

export type Section = Exclude<keyof ScopeView, 'scope' | 'at'>

export interface SnapshotFrame {
  type: 'snapshot'
  scope: string
  version: number
  reason: 'subscribe' | 'resume' | 'resync' | 'rebuilt'
  at: string
  view: ScopeView
}

export interface DeltaFrame {
  type: 'delta'
  scope: string
  version: number
  section: string
  at: string
  data: unknown
}

export interface HeartbeatFrame {
  type: 'heartbeat'
  scope: string
  version: number
  at: string
}

export interface ProblemFrame {
  type: 'problem'
  code: string
  detail: string
}

export type WallFrame = SnapshotFrame | DeltaFrame | HeartbeatFrame | ProblemFrame

/** Reads one text frame; anything that is not a frame we know is null, never an exception on the wall. */
export function parseFrame(text: unknown): WallFrame | null {
  if (typeof text !== 'string') return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const frame = value as Partial<WallFrame> & Record<string, unknown>
  switch (frame.type) {
    case 'snapshot':
      return typeof frame.version === 'number' && frame.view && typeof frame.view === 'object' ? (frame as SnapshotFrame) : null
    case 'delta':
      return typeof frame.version === 'number' && typeof frame.section === 'string' ? (frame as DeltaFrame) : null
    case 'heartbeat':
      return typeof frame.version === 'number' ? (frame as HeartbeatFrame) : null
    case 'problem':
      return { type: 'problem', code: String(frame.code ?? ''), detail: String(frame.detail ?? '') }
    default:
      return null
  }
}
