import type { z } from 'zod'
import { ApiError } from '../../../api/client'
import { focusFirstError } from './focus-error'

/** French messages keyed by field path (`name`, `quorum.minPresent`). */
export type FieldErrors = Record<string, string>

/**
 * Checks an input against the channel's own zod schema before sending it, so a refused value is
 * reported next to its field at once and nothing reaches the database.
 */
export function validate(schema: z.ZodType, input: unknown): FieldErrors | null {
  const result = schema.safeParse(input)
  if (result.success) return null
  const fields: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.')
    if (!(path in fields)) fields[path] = issue.message
  }
  return fields
}

export interface FormFailure {
  /** Shown above the buttons when no field carries the problem. */
  message: string | null
  fields: FieldErrors
}

/**
 * Splits a failed save into messages next to the fields the form shows and, for anything else,
 * one sentence for the form's banner: the user always sees why, in French.
 */
export function describeFailure(error: unknown, knownFields: readonly string[]): FormFailure {
  if (error instanceof ApiError) {
    const fields: FieldErrors = {}
    let unplaced = false
    for (const [path, message] of Object.entries(error.fields)) {
      if (knownFields.includes(path)) fields[path] = message
      else unplaced = true
    }
    const placed = Object.keys(fields).length > 0
    return { message: placed && !unplaced ? null : error.message, fields }
  }
  return { message: error instanceof Error ? error.message : String(error), fields: {} }
}

/** What a dialog shows of a save in progress: messages next to fields, a banner, a busy state. */
export interface FormState {
  setErrors: (errors: FieldErrors) => void
  setMessage: (message: string | null) => void
  setBusy: (busy: boolean) => void
}

/**
 * The one way the directory dialogs save: check the input with the channel's schema, then call
 * the API; a refusal from either lands next to its field and the keyboard moves there. Resolves
 * to the saved value, or undefined when nothing was saved.
 */
export async function saveForm<T>(
  form: FormState,
  check: { schema: z.ZodType; input: unknown; fields: readonly string[]; invalidMessage: string | null },
  save: () => Promise<T>,
): Promise<T | undefined> {
  const invalid = validate(check.schema, check.input)
  if (invalid) {
    form.setErrors(invalid)
    focusFirstError()
    form.setMessage(check.invalidMessage)
    return undefined
  }
  form.setErrors({})
  form.setBusy(true)
  try {
    return await save()
  } catch (error) {
    const failure = describeFailure(error, check.fields)
    form.setErrors(failure.fields)
    focusFirstError()
    form.setMessage(failure.message)
    form.setBusy(false)
    return undefined
  }
}
