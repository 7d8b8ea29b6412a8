import { ApiError } from '../api/client'
import i18next from '../i18n'

/** The message to show (in the interface language) for a failed call: the API's own message, never a raw English error. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : i18next.t('ui.errors.network')
}

/** Field messages of a refused input, with a path prefix removed (`header.dates[0].endTime` → `dates[0].endTime`). */
export function fieldErrors(error: unknown, prefix = ''): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields)) {
    fields[prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path] = message
  }
  return fields
}
