import { describe, expect, it } from 'vitest'
import { sessionFrom } from './session'

function token(claims: object): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
  return `${part({ alg: 'RS256' })}.${part(claims)}.signature`
}

describe('sessionFrom', () => {
  it('reads the username and role from the token and counts expiry from now', () => {
    const session = sessionFrom(token({ upn: 'demo-dispatcher', groups: ['dispatcher'] }), 60, 1_000)
    expect(session).toMatchObject({ username: 'demo-dispatcher', role: 'dispatcher', expiresAt: 61_000 })
  })

  it('survives a token whose claims cannot be read', () => {
    expect(sessionFrom('not-a-token', 60, 0)).toMatchObject({ username: '', role: '', expiresAt: 60_000 })
  })
})
