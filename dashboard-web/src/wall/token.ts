/**
 * A display's token arrives in the address's fragment (`#token=...`), which browsers never send to a server.
 * It is kept in this tab's sessionStorage and taken out of the address bar at once, so it does not stay on
 * screen, in the history or in a screenshot of the wall.
 */
const KEY = 'grid-steward.wall-display-token'

export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')
  return token && token.trim() ? token.trim() : null
}

export function takeDisplayToken(): string | null {
  const fromUrl = tokenFromFragment(location.hash)
  if (fromUrl) {
    try {
      sessionStorage.setItem(KEY, fromUrl)
    } catch {
      // private mode: the token lives in this page's memory only
    }
    history.replaceState(history.state, '', location.pathname + location.search)
    return fromUrl
  }
  try {
    return sessionStorage.getItem(KEY)
  } catch {
    return null
  }
}

export function forgetDisplayToken(): void {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // nothing kept
  }
}
