import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import type { ProblemFrame, ScopeView, Section } from './frames'
import { WallStream, type ConnectionState, type StreamOptions } from './stream'

/** The stream of one scope as Vue state; a new scope closes the old stream and opens another. */
export function useWallStream(scope: Ref<string>, options: Omit<StreamOptions, 'scope'>) {
  const state = ref<ConnectionState>('connecting')
  const view = shallowRef<ScopeView | null>(null)
  const sectionAt = shallowRef<Partial<Record<Section, number>>>({})
  const lastFrameAt = ref<number | null>(null)
  const offsetMs = ref(0)
  const problem = shallowRef<ProblemFrame | null>(null)
  const retryAt = ref<number | null>(null)
  let stream: WallStream | null = null

  function open(key: string): void {
    stream?.stop()
    view.value = null
    const next = new WallStream({ ...options, scope: key })
    next.onChange(() => {
      state.value = next.state
      view.value = next.view
      sectionAt.value = next.sectionAt
      lastFrameAt.value = next.lastFrameAt
      offsetMs.value = next.offsetMs
      problem.value = next.problem
      retryAt.value = next.retryAt
    })
    stream = next
    next.start()
  }

  watch(scope, open, { immediate: true })
  onBeforeUnmount(() => stream?.stop())

  return {
    state,
    view,
    sectionAt,
    lastFrameAt,
    offsetMs,
    problem,
    retryAt,
    interrupt: () => stream?.interrupt(),
  }
}

/** The current time, ticking once a second for clocks and countdowns; one timer per component tree. */
export function useNow(intervalMs = 1_000): Ref<number> {
  const now = ref(Date.now())
  const timer = setInterval(() => (now.value = Date.now()), intervalMs)
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
