/** Names for the ids the frames carry, in the current language, from the organisation. */
export interface Names {
  grid: (id: string) => string
  category: (id: string) => string
  department: (id: string, fallback?: string) => string
}
