/** Photos are sent at most this many pixels on their long side: enough to see the problem, small on a phone network. */
export const MAX_EDGE = 1600
export const JPEG_QUALITY = 0.85
/** A photo already small in pixels and bytes, in a type the server takes, is sent as it is. */
const SEND_AS_IS_BYTES = 1_500_000
const ACCEPTED = ['image/jpeg', 'image/png', 'image/webp']

/** The size to draw at: the same shape, the long side at most `maxEdge`, never enlarged, never below 1 px. */
export function fitWithin(width: number, height: number, maxEdge = MAX_EDGE): { width: number; height: number } {
  const longest = Math.max(width, height)
  if (longest <= maxEdge) return { width, height }
  const scale = maxEdge / longest
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

export function needsReencoding(type: string, bytes: number, width: number, height: number, maxEdge = MAX_EDGE): boolean {
  return !ACCEPTED.includes(type) || bytes > SEND_AS_IS_BYTES || Math.max(width, height) > maxEdge
}

/**
 * Shrinks a photo in the browser (≤ 1600 px JPEG) before it travels. createImageBitmap applies the camera's
 * EXIF orientation, so the picture stays upright.
 */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    if (!needsReencoding(file.type, file.size, bitmap.width, bitmap.height)) return file
    return await drawJpeg(bitmap, fitWithin(bitmap.width, bitmap.height))
  } finally {
    bitmap.close()
  }
}

/** A small preview kept with the draft, so the photos are still shown after a reload. */
export async function thumbnail(file: Blob, edge = 160): Promise<string> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const size = fitWithin(bitmap.width, bitmap.height, edge)
    const canvas = document.createElement('canvas')
    canvas.width = size.width
    canvas.height = size.height
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height)
    return canvas.toDataURL('image/jpeg', 0.7)
  } finally {
    bitmap.close()
  }
}

function drawJpeg(bitmap: ImageBitmap, size: { width: number; height: number }): Promise<Blob> {
  const canvas = document.createElement('canvas')
  canvas.width = size.width
  canvas.height = size.height
  const context = canvas.getContext('2d')
  if (!context) return Promise.reject(new Error('no 2d canvas'))
  // JPEG has no transparency: a white ground instead of black behind a transparent PNG.
  context.fillStyle = '#fff'
  context.fillRect(0, 0, size.width, size.height)
  context.drawImage(bitmap, 0, 0, size.width, size.height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('cannot encode JPEG'))), 'image/jpeg', JPEG_QUALITY),
  )
}
