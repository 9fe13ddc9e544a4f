/** An RFC 9457 problem document as the API answers every error, with its per-field errors. */
export interface FieldError {
  field: string
  message: string
}

export interface ProblemDocument {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: FieldError[]
  /** Seconds to wait, from a 429's Retry-After header (not part of the document itself). */
  retryAfter?: number
}

export class ApiError extends Error {
  readonly problem: ProblemDocument

  constructor(problem: ProblemDocument) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`)
    this.problem = problem
  }

  get status(): number {
    return this.problem.status
  }

  get retryAfter(): number | undefined {
    return this.problem.retryAfter
  }

  /** The message for one field, matched on its last path segment (`submit.body.gridId` → `gridId`). */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field || e.field.endsWith(`.${field}`))?.message
  }
}

/** Turns any failed response into an ApiError, also when the body is not a problem document (a proxy's page). */
export async function problemOf(response: Response): Promise<ApiError> {
  const type = response.headers.get('content-type') ?? ''
  const wait = Number(response.headers.get('retry-after'))
  const retryAfter = Number.isFinite(wait) && wait > 0 ? wait : undefined
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDocument>
      return new ApiError({ ...body, status: response.status, retryAfter })
    } catch {
      // fall through to the plain description
    }
  }
  return new ApiError({ status: response.status, title: response.statusText || `HTTP ${response.status}`, retryAfter })
}
