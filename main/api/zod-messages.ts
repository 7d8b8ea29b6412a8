import { z } from 'zod'
import { t } from '../../shared/i18n/translate'
import type { Language } from '../../shared/i18n/languages'

// zod ships French and Arabic locales: schema messages come out in the interface's language.
z.config(z.locales.fr())

let validationLanguage: Language = 'fr'

/** Switches zod's messages to the interface's language (nothing to do when it already speaks it). */
export function setValidationLanguage(language: Language): void {
  if (language === validationLanguage) return
  z.config(language === 'ar' ? z.locales.ar() : z.locales.fr())
  validationLanguage = language
}

/** Turns a zod error into one French sentence naming each faulty path, plus per-field messages. */
export function describeZodError(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const parts: string[] = []
  for (const issue of error.issues.slice(0, 10)) {
    const path = formatPath(issue.path)
    if (!(path in fields)) fields[path] = issue.message
    parts.push(path ? t('locale.validation.issueAt', { path, message: issue.message }) : issue.message)
  }
  if (error.issues.length > 10) parts.push(t('locale.validation.moreIssues', { count: error.issues.length - 10 }))
  return { message: parts.join(t('locale.validation.separator')), fields }
}

/** `engagements[3].activities[1].weight` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}
