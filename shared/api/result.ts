/** How every call crosses the process boundary: errors travel as data, with a French message. */

export const ERROR_CODES = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'IO', 'DB', 'INTERNAL'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ApiErrorData {
  code: ErrorCode
  /** French, ready to show to the user. */
  message: string
  /** Field-level messages keyed by dotted path, when the input was invalid. */
  fields?: Record<string, string>
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiErrorData }

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** Wraps an error as a failed result. */
export const fail = (error: ApiErrorData): Result<never> => ({ ok: false, error })
