/**
 * The deadline board's clock. The server says how many seconds were left as of the frame's `at`; the browser
 * counts on from there with its own clock, corrected by how far that clock is from the server's, so every
 * display in the room shows the same second whatever its clock says.
 */

/** Server clock minus local clock, from one frame: its `at` and when it arrived here. */
export function clockOffset(frameAt: string, receivedAtMs: number): number {
  const at = Date.parse(frameAt)
  return Number.isNaN(at) ? 0 : at - receivedAtMs
}

/** Seconds left now, given the seconds left at server time `asOfMs`; negative once past due. */
export function secondsLeftNow(secondsLeft: number, asOfMs: number, offsetMs: number, localNowMs: number): number {
  const serverNow = localNowMs + offsetMs
  return Math.floor(secondsLeft - (serverNow - asOfMs) / 1000)
}

export type Urgency = 'overdue' | 'warning' | 'ok'

/** Four hours before the deadline the row turns amber; past it, red. */
export const WARNING_SECONDS = 4 * 3_600

export function urgencyOf(secondsLeft: number, warningSeconds = WARNING_SECONDS): Urgency {
  if (secondsLeft < 0) return 'overdue'
  return secondsLeft < warningSeconds ? 'warning' : 'ok'
}
