import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backoffDelay, WallStream, type SocketLike, type StreamOptions } from './stream'

class FakeSocket implements SocketLike {
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: { code: number; reason?: string }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  closed = false

  constructor(
    readonly url: string,
    readonly protocols: string[],
  ) {}

  open(): void {
    this.onopen?.({})
  }

  send(frame: object): void {
    this.onmessage?.({ data: JSON.stringify(frame) })
  }

  /** The server or the network ended the connection. */
  drop(code = 1006): void {
    this.closed = true
    this.onclose?.({ code })
  }

  close(): void {
    this.closed = true
  }

  get since(): string | null {
    return new URL(this.url).searchParams.get('since')
  }
}

const AT = '2026-11-23T10:00:00Z'
const snapshot = (version: number, view: object = { figures: { open: 1 } }) => ({
  type: 'snapshot',
  scope: 'city',
  version,
  reason: 'subscribe',
  at: AT,
  view,
})
const delta = (version: number, section: string, data: unknown) => ({ type: 'delta', scope: 'city', version, section, at: AT, data })

let sockets: FakeSocket[]
const last = () => sockets[sockets.length - 1]!

function stream(options: Partial<StreamOptions> = {}): WallStream {
  const wall = new WallStream({
    scope: 'city',
    token: () => 'tok',
    base: 'ws://wall.test',
    socket: (url, protocols) => {
      const socket = new FakeSocket(url, protocols)
      sockets.push(socket)
      return socket
    },
    random: () => 0.5,
    ...options,
  })
  wall.start()
  return wall
}

describe('WallStream', () => {
  beforeEach(() => {
    sockets = []
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('carries the token in the subprotocols and asks for the scope without since at first', () => {
    stream()
    expect(last().protocols).toEqual(['bearer-token-carrier', 'quarkus-http-upgrade#Authorization#Bearer%20tok'])
    expect(last().url).toBe('ws://wall.test/ws/wall?scope=city')
  })

  it('takes the snapshot as the view and is live', () => {
    const wall = stream()
    last().open()
    expect(wall.state).toBe('syncing')
    last().send(snapshot(10, { figures: { open: 4 }, ticker: [] }))
    expect(wall.state).toBe('live')
    expect(wall.version).toBe(10)
    expect(wall.view?.figures?.open).toBe(4)
  })

  it('replaces only the delta’s section after a snapshot', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10, { figures: { open: 4 }, ticker: [{ reportId: 'a' }] }))
    last().send(delta(11, 'figures', { open: 5 }))
    expect(wall.view?.figures?.open).toBe(5)
    expect(wall.view?.ticker).toEqual([{ reportId: 'a' }])
    expect(wall.version).toBe(11)
  })

  it('takes a new section such as grids from a delta', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10))
    last().send(delta(11, 'grids', [{ gridId: 'g-01-01', level: 'red' }]))
    expect(wall.view?.grids).toEqual([{ gridId: 'g-01-01', level: 'red' }])
  })

  it('reconnects with since after the connection drops, after a backoff', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10))
    last().send(delta(11, 'figures', { open: 2 }))
    last().drop()
    expect(wall.state).toBe('reconnecting')
    expect(sockets).toHaveLength(1)
    vi.advanceTimersByTime(1_000)
    expect(sockets).toHaveLength(2)
    expect(last().since).toBe('11')
  })

  it('keeps the view while it resumes and counts a resumed socket live once it stays quiet', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10, { figures: { open: 3 } }))
    last().drop()
    vi.advanceTimersByTime(1_000)
    last().open()
    expect(wall.state).toBe('syncing')
    expect(wall.view?.figures?.open).toBe(3)
    vi.advanceTimersByTime(1_500)
    expect(wall.state).toBe('live')
  })

  it('reconnects at once with since when a delta skips a version', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10, { figures: { open: 1 } }))
    const first = last()
    first.send(delta(12, 'figures', { open: 9 }))
    expect(first.closed).toBe(true)
    expect(wall.view?.figures?.open).toBe(1)
    expect(sockets).toHaveLength(2)
    expect(last().since).toBe('10')
    expect(wall.state).toBe('syncing')
  })

  it('ignores a delta it has already applied', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10, { figures: { open: 1 } }))
    last().send(delta(11, 'figures', { open: 2 }))
    last().send(delta(11, 'figures', { open: 7 }))
    expect(wall.view?.figures?.open).toBe(2)
    expect(sockets).toHaveLength(1)
  })

  it('resumes when a heartbeat shows a version it never received', () => {
    stream()
    last().open()
    last().send(snapshot(10))
    last().send({ type: 'heartbeat', scope: 'city', version: 12, at: AT })
    expect(sockets).toHaveLength(2)
    expect(last().since).toBe('10')
  })

  it('takes a later snapshot whole, whatever its version', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10, { figures: { open: 1 }, ticker: [] }))
    last().send({ ...snapshot(500, { figures: { open: 8 } }), reason: 'rebuilt' })
    expect(wall.version).toBe(500)
    expect(wall.view).toEqual({ figures: { open: 8 } })
  })

  it('shows a problem frame and does not try the same request again', () => {
    const wall = stream()
    last().open()
    last().send({ type: 'problem', code: 'unknown-scope', detail: 'no grid g-99' })
    last().drop(1000)
    vi.advanceTimersByTime(120_000)
    expect(wall.state).toBe('problem')
    expect(wall.problem?.detail).toBe('no grid g-99')
    expect(sockets).toHaveLength(1)
  })

  it('starts over without since when since itself is refused', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10))
    last().drop()
    vi.advanceTimersByTime(1_000)
    last().open()
    last().send({ type: 'problem', code: 'invalid-since', detail: 'since must be a version number' })
    expect(sockets).toHaveLength(3)
    expect(last().since).toBeNull()
    last().open()
    last().send(snapshot(20))
    expect(wall.state).toBe('live')
    expect(wall.problem).toBeNull()
  })

  it('backs off exponentially up to a ceiling while the server stays away', () => {
    const wall = stream({ checkAccess: undefined })
    const delays: number[] = []
    for (let i = 0; i < 7; i++) {
      last().drop()
      delays.push(wall.retryAt! - Date.now())
      vi.advanceTimersByTime(delays[i]!)
    }
    // random 0.5 draws three quarters of each ceiling: 1 s, 2 s, 4 s ... capped at 30 s
    expect(delays).toEqual([750, 1_500, 3_000, 6_000, 12_000, 22_500, 22_500])
    expect(sockets).toHaveLength(8)
  })

  it('starts the backoff again once frames flow', () => {
    const wall = stream()
    for (let i = 0; i < 3; i++) {
      last().drop()
      vi.advanceTimersByTime(30_000)
    }
    last().open()
    last().send(snapshot(10))
    last().drop()
    expect(wall.retryAt! - Date.now()).toBe(750)
  })

  it('stops and reports a token refused at the handshake', async () => {
    const wall = stream({ checkAccess: async () => 'refused' })
    last().drop()
    await vi.runAllTimersAsync()
    expect(wall.state).toBe('refused')
    expect(sockets).toHaveLength(1)
  })

  it('retries a failed handshake when the token is still good', async () => {
    const wall = stream({ checkAccess: async () => 'ok' })
    last().drop()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(wall.state).toBe('reconnecting')
    expect(sockets).toHaveLength(2)
  })

  it('treats a connection silent past the heartbeats as dead', () => {
    const wall = stream()
    last().open()
    last().send(snapshot(10))
    const first = last()
    vi.advanceTimersByTime(45_000)
    expect(first.closed).toBe(true)
    expect(wall.state).toBe('reconnecting')
    vi.advanceTimersByTime(1_000)
    expect(last().since).toBe('10')
  })

  it('measures the server clock against its own from each frame', () => {
    vi.setSystemTime(Date.parse('2026-11-23T09:59:58Z'))
    const wall = stream()
    last().open()
    last().send(snapshot(10))
    expect(wall.offsetMs).toBe(2_000)
    expect(wall.sectionAt.figures).toBe(Date.parse(AT))
  })

  it('lets go of the socket when stopped', () => {
    const wall = stream()
    last().open()
    wall.stop()
    expect(last().closed).toBe(true)
    vi.advanceTimersByTime(60_000)
    expect(sockets).toHaveLength(1)
    expect(wall.state).toBe('stopped')
  })
})

describe('backoffDelay', () => {
  it('draws from the upper half of a doubling ceiling', () => {
    expect(backoffDelay(0, () => 0)).toBe(500)
    expect(backoffDelay(0, () => 1)).toBe(1_000)
    expect(backoffDelay(3, () => 1)).toBe(8_000)
    expect(backoffDelay(20, () => 1)).toBe(30_000)
  })
})
