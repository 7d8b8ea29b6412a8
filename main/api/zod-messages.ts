import { z } from 'zod'

// zod ships a French locale: every schema message comes out in French.
z.config(z.locales.fr())

/** Turns a zod error into one French sentence naming each faulty path, plus per-field messages. */
export function describeZodError(error: z.ZodError): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const parts: string[] = []
  for (const issue of error.issues.slice(0, 10)) {
    const path = formatPath(issue.path)
    if (!(path in fields)) fields[path] = issue.message
    parts.push(path ? `${path} : ${issue.message}` : issue.message)
  }
  if (error.issues.length > 10) parts.push(`… (${error.issues.length - 10} autres)`)
  return { message: parts.join(' ; '), fields }
}

/** `engagements[3].activities[1].weight` from a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}
