import { describe, expect, it } from 'vitest'
import { fitWithin, needsReencoding } from './shrink'

describe('fitWithin', () => {
  it('brings the long side down to 1600 px and keeps the shape', () => {
    expect(fitWithin(4032, 3024)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3024, 4032)).toEqual({ width: 1200, height: 1600 })
  })

  it('never enlarges a small photo', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
    expect(fitWithin(1600, 900)).toEqual({ width: 1600, height: 900 })
  })

  it('keeps a very thin picture at least one pixel across', () => {
    expect(fitWithin(20000, 3)).toEqual({ width: 1600, height: 1 })
  })
})

describe('needsReencoding', () => {
  it('sends a small JPEG as it is', () => {
    expect(needsReencoding('image/jpeg', 400_000, 1200, 900)).toBe(false)
  })

  it('re-encodes a large one, a heavy one and a type the server does not take', () => {
    expect(needsReencoding('image/jpeg', 400_000, 4000, 3000)).toBe(true)
    expect(needsReencoding('image/png', 5_000_000, 1200, 900)).toBe(true)
    expect(needsReencoding('image/heic', 300_000, 1200, 900)).toBe(true)
  })
})
