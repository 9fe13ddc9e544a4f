import { describe, expect, it } from 'vitest'
import { phrasesFor, withPhrase } from './phrases'

describe('withPhrase', () => {
  it('starts an empty description with the phrase', () => {
    expect(withPhrase('  ', '路灯不亮')).toBe('路灯不亮')
  })

  it('joins a phrase to what is written with a comma', () => {
    expect(withPhrase('3号楼门口', '路灯不亮')).toBe('3号楼门口，路灯不亮')
    expect(withPhrase('3号楼门口。', '路灯不亮')).toBe('3号楼门口。路灯不亮')
  })

  it('does not add the same phrase twice', () => {
    expect(withPhrase('路灯不亮', '路灯不亮')).toBe('路灯不亮')
  })
})

describe('phrasesFor', () => {
  it('offers the category’s phrases first and general ones for an unknown category', () => {
    expect(phrasesFor('street-light')[0]?.zh).toBe('路灯不亮')
    expect(phrasesFor('unknown').length).toBeGreaterThan(0)
  })
})
