import { onBeforeUnmount, onMounted, ref } from 'vue'

/** The clock for "time left" figures, moved on every half minute: time passes without any call to the server. */
export function useNow(everyMs = 30_000) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | undefined
  onMounted(() => {
    timer = setInterval(() => (now.value = Date.now()), everyMs)
  })
  onBeforeUnmount(() => clearInterval(timer))
  return now
}
