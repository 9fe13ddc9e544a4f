import { describe, expect, it } from 'vitest'
import { ApiError } from '../shared/problem'
import { photoFailure } from './photos'

describe('photoFailure', () => {
  it('tells a photo too large from one that is not an image', () => {
    expect(photoFailure(new ApiError({ status: 413 }))).toBe('too-big')
    expect(photoFailure(new ApiError({ status: 415 }))).toBe('wrong-type')
    expect(photoFailure(new ApiError({ status: 400 }))).toBe('wrong-type')
  })

  it('says photos cannot be sent where the server has no photo endpoint, so the report can go without them', () => {
    expect(photoFailure(new ApiError({ status: 404 }))).toBe('unavailable')
  })

  it('offers a retry after a network failure or a server error', () => {
    expect(photoFailure(new ApiError({ status: 0 }))).toBe('failed')
    expect(photoFailure(new ApiError({ status: 503 }))).toBe('failed')
  })
})
