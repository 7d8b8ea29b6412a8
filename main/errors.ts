import type { ErrorCode } from '../shared/api/result'

/** An error meant for the user: a code and a French message, thrown by handlers and services. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}
