import { parseFrame, type ProblemFrame, type ScopeView, type Section, type WallFrame } from './frames'

/**
 * What the header shows: `connecting` the first time, `syncing` while a (re)opened socket catches up,
 * `live` once frames flow, `reconnecting` while waiting to try again, `problem` when the server refused the
 * scope, `refused` when the token was refused at the handshake, `stopped` once the page let go.
 */
export type ConnectionState = 'connecting' | 'syncing' | 'live' | 'reconnecting' | 'problem' | 'refused' | 'stopped'

/** The part of the browser's WebSocket the stream uses, so tests can hand it a fake. */
export interface SocketLike {
  onopen: ((event: unknown) => void) | null
  onmessage: ((event: { data: unknown }) => void) | null
  onclose: ((event: { code: number; reason?: string }) => void) | null
  onerror: ((event: unknown) => void) | null
  close(code?: number, reason?: string): void
}

export type SocketFactory = (url: string, protocols: string[]) => SocketLike

export interface StreamOptions {
  scope: string
  /** The bearer token for the next handshake: a display token or the signed-in account's. */
  token: () => string | null
  /** `ws://host` or `wss://host`; the page's own host by default. */
  base?: string
  socket?: SocketFactory
  now?: () => number
  random?: () => number
  initialDelayMs?: number
  maxDelayMs?: number
  /** A resumed socket that says nothing this long had nothing to replay: it is live. */
  quietMs?: number
  /** No frame at all for this long (heartbeats come every 15 s): the connection is dead even if not closed. */
  staleMs?: number
  /**
   * Asked when a socket closed before it ever opened. A browser hides the handshake's status, so the page
   * asks the API whether the token is still good; `refused` stops the stream instead of retrying for ever.
   */
  checkAccess?: () => Promise<'ok' | 'refused'>
}

/**
 * Exponential backoff with jitter: the ceiling doubles per failed attempt up to `maxMs`, and the delay is
 * drawn from its upper half so displays that lost the same server do not all come back in the same instant.
 */
export function backoffDelay(attempt: number, random: () => number, initialMs = 1_000, maxMs = 30_000): number {
  const ceiling = Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt))
  return Math.round(ceiling / 2 + (ceiling / 2) * random())
}

export function wallUrl(base: string, scope: string, since: number | null): string {
  const query = new URLSearchParams({ scope })
  if (since !== null) query.set('since', String(since))
  return `${base}/ws/wall?${query.toString()}`
}

/**
 * The subprotocol pair Quarkus turns into an `Authorization` header, since a browser cannot set one. A
 * subprotocol may not hold a space, so the value is URI-encoded as the WebSockets Next guide shows.
 */
export function bearerProtocols(token: string): string[] {
  return ['bearer-token-carrier', encodeURI(`quarkus-http-upgrade#Authorization#Bearer ${token}`)]
}

function pageBase(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`
}

/**
 * One scope's live view over `/ws/wall` (protocol in `events/src/main/resources/wall/frames.md`): a snapshot
 * replaces the view, a delta replaces one section, versions must follow one another or the stream reconnects
 * with `since` so the server fills the gap. Framework-free; `useWallStream` adapts it to Vue.
 */
export class WallStream {
  state: ConnectionState = 'connecting'
  view: ScopeView | null = null
  version: number | null = null
  /** Server time (ms) each section was computed at: time-dependent figures are as of then. */
  sectionAt: Partial<Record<Section, number>> = {}
  /** Local time (ms) the last frame arrived. */
  lastFrameAt: number | null = null
  /** Server clock minus local clock (ms), from the last frame's `at`. */
  offsetMs = 0
  problem: ProblemFrame | null = null
  /** Local time (ms) of the next attempt while reconnecting. */
  retryAt: number | null = null
  attempts = 0

  private readonly options: Required<Omit<StreamOptions, 'checkAccess' | 'base'>> &
    Pick<StreamOptions, 'checkAccess'> & { base: string }
  private socket: SocketLike | null = null
  private retryTimer: ReturnType<typeof setTimeout> | undefined
  private quietTimer: ReturnType<typeof setTimeout> | undefined
  private staleTimer: ReturnType<typeof setTimeout> | undefined
  private readonly listeners = new Set<() => void>()
  private stopped = false

  constructor(options: StreamOptions) {
    this.options = {
      socket: (url, protocols) => new WebSocket(url, protocols) as unknown as SocketLike,
      now: () => Date.now(),
      random: Math.random,
      initialDelayMs: 1_000,
      maxDelayMs: 30_000,
      quietMs: 1_500,
      staleMs: 45_000,
      ...options,
      base: options.base ?? pageBase(),
    }
  }

  get scope(): string {
    return this.options.scope
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  start(): void {
    this.stopped = false
    this.connect()
  }

  stop(): void {
    this.stopped = true
    this.clearTimers()
    this.drop()
    this.state = 'stopped'
    this.emit()
  }

  /** Closes the socket as a network failure would and lets the stream recover on its own. */
  interrupt(): void {
    if (!this.socket) return
    this.drop()
    this.clearTimers()
    this.scheduleReconnect()
  }

  private connect(): void {
    if (this.stopped) return
    this.retryAt = null
    const token = this.options.token()
    if (!token) {
      this.state = 'refused'
      this.emit()
      return
    }
    const since = this.version
    const socket = this.options.socket(wallUrl(this.options.base, this.options.scope, since), bearerProtocols(token))
    this.socket = socket
    let opened = false
    socket.onopen = () => {
      if (this.socket !== socket) return
      opened = true
      this.state = 'syncing'
      this.armStale()
      if (since !== null) this.quietTimer = setTimeout(() => this.settle(), this.options.quietMs)
      this.emit()
    }
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(parseFrame(event.data))
    }
    socket.onerror = () => {
      // a close event always follows and decides what happens next
    }
    socket.onclose = () => {
      if (this.socket !== socket) return
      this.socket = null
      this.clearTimers()
      if (this.state === 'problem') return
      if (opened) this.scheduleReconnect()
      else void this.handshakeFailed()
    }
    if (this.state !== 'connecting' && this.state !== 'syncing') this.state = 'reconnecting'
    this.emit()
  }

  private async handshakeFailed(): Promise<void> {
    if (this.options.checkAccess) {
      this.state = 'reconnecting'
      this.emit()
      let verdict: 'ok' | 'refused' = 'ok'
      try {
        verdict = await this.options.checkAccess()
      } catch {
        // the API is unreachable too: the server is away, try again later
      }
      if (this.stopped) return
      if (verdict === 'refused') {
        this.state = 'refused'
        this.emit()
        return
      }
    }
    this.scheduleReconnect()
  }

  private receive(frame: WallFrame | null): void {
    if (!frame) return
    const now = this.options.now()
    if (frame.type === 'problem') {
      this.problem = frame
      this.clearTimers()
      const sentSince = this.version !== null
      this.drop()
      if (frame.code === 'invalid-since' && sentSince) {
        // A changed request, not the same one again: start over from a snapshot.
        this.version = null
        this.state = 'reconnecting'
        this.emit()
        this.connect()
        return
      }
      this.state = 'problem'
      this.emit()
      return
    }
    this.lastFrameAt = now
    const at = Date.parse(frame.at)
    if (!Number.isNaN(at)) this.offsetMs = at - now
    this.armStale()
    if (frame.type === 'snapshot') {
      this.view = { ...frame.view }
      this.version = frame.version
      this.sectionAt = {}
      for (const key of Object.keys(frame.view)) this.sectionAt[key as Section] = at
      this.problem = null
      this.settle()
      return
    }
    if (frame.type === 'delta') {
      if (this.version !== null && frame.version <= this.version) return
      if (this.view === null || this.version === null || frame.version !== this.version + 1) {
        this.resume()
        return
      }
      this.view = { ...this.view, [frame.section]: frame.data }
      this.version = frame.version
      this.sectionAt = { ...this.sectionAt, [frame.section]: at }
      this.settle()
      return
    }
    // heartbeat: a version beyond ours means deltas went missing on the way
    if (this.version === null || frame.version > this.version) {
      this.resume()
      return
    }
    this.settle()
  }

  private settle(): void {
    clearTimeout(this.quietTimer)
    this.attempts = 0
    this.state = 'live'
    this.emit()
  }

  /** Reopens at once with `since`: the server sends what was missed, or a snapshot. */
  private resume(): void {
    this.drop()
    this.clearTimers()
    this.state = 'syncing'
    this.emit()
    this.connect()
  }

  private scheduleReconnect(): void {
    if (this.stopped) return
    const delay = backoffDelay(this.attempts, this.options.random, this.options.initialDelayMs, this.options.maxDelayMs)
    this.attempts += 1
    this.state = 'reconnecting'
    this.retryAt = this.options.now() + delay
    clearTimeout(this.retryTimer)
    this.retryTimer = setTimeout(() => this.connect(), delay)
    this.emit()
  }

  private armStale(): void {
    clearTimeout(this.staleTimer)
    this.staleTimer = setTimeout(() => this.interrupt(), this.options.staleMs)
  }

  private drop(): void {
    const socket = this.socket
    this.socket = null
    if (!socket) return
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null
    try {
      socket.close(1000)
    } catch {
      // already closed
    }
  }

  private clearTimers(): void {
    clearTimeout(this.retryTimer)
    clearTimeout(this.quietTimer)
    clearTimeout(this.staleTimer)
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}
