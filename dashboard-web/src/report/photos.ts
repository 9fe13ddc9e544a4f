import { ApiError, type ProblemDocument } from '../shared/problem'

/** A report carries at most this many photos. */
export const MAX_PHOTOS = 4

/** `POST /api/photos` answers 201 with this. */
export interface PhotoAnswer {
  photoId: string
  contentType: string
  bytes: number
}

export interface Upload {
  done: Promise<PhotoAnswer>
  abort(): void
}

function problemFrom(xhr: XMLHttpRequest): ApiError {
  let body: Partial<ProblemDocument> = {}
  if ((xhr.getResponseHeader('content-type') ?? '').includes('json')) {
    try {
      body = JSON.parse(xhr.responseText) as Partial<ProblemDocument>
    } catch {
      // not a problem document after all
    }
  }
  return new ApiError({ title: xhr.statusText || `HTTP ${xhr.status}`, ...body, status: xhr.status })
}

/**
 * Sends one photo as the raw request body. XMLHttpRequest rather than fetch because only it reports upload
 * progress, which a resident on a slow phone network needs to see. Failures are ApiError like every other call
 * (status 0 when the network failed).
 */
export function uploadPhoto(photo: Blob, onProgress: (fraction: number) => void, token?: string | null): Upload {
  const xhr = new XMLHttpRequest()
  const done = new Promise<PhotoAnswer>((resolve, reject) => {
    xhr.open('POST', '/api/photos')
    xhr.setRequestHeader('Content-Type', photo.type || 'image/jpeg')
    xhr.setRequestHeader('Accept', 'application/json')
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          resolve(JSON.parse(xhr.responseText) as PhotoAnswer)
        } catch {
          reject(new ApiError({ status: xhr.status, title: 'unreadable answer' }))
        }
      } else {
        reject(problemFrom(xhr))
      }
    }
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network' }))
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'))
    xhr.send(photo)
  })
  return { done, abort: () => xhr.abort() }
}

export type PhotoFailure = 'too-big' | 'wrong-type' | 'unavailable' | 'failed'

/** What to tell the resident about a failed upload. */
export function photoFailure(error: unknown): PhotoFailure {
  if (!(error instanceof ApiError)) return 'failed'
  if (error.status === 413) return 'too-big'
  // 415: not a JPEG, PNG or WebP; 400: an empty or broken image. Sending it again would not help.
  if (error.status === 415 || error.status === 400) return 'wrong-type'
  // No photo endpoint on this server (yet), or not allowed: the report can still go without photos.
  if (error.status === 404 || error.status === 405 || error.status === 401 || error.status === 403) return 'unavailable'
  return 'failed'
}
