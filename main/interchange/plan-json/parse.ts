/** Validating a decoded plan interchange file; no database here, so that the import worker can use it. */
import { planFileSchema, type PlanFile } from '../../../shared/interchange/plan-format'
// Importing zod-messages also switches zod to its French locale for the messages not written here.
import { formatPath } from '../../api/zod-messages'

export type ParsedPlanFile = { ok: true; file: PlanFile } | { ok: false; problems: string[] }

const MAX_PROBLEMS = 50

/** Validates a decoded JSON value against the format; problems read « engagements[3].activities[1].weight : … ». */
export function parsePlanFile(value: unknown): ParsedPlanFile {
  const parsed = planFileSchema.safeParse(value)
  if (parsed.success) return { ok: true, file: parsed.data }
  const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const path = formatPath(issue.path)
    return path === '' ? issue.message : `${path} : ${issue.message}`
  })
  if (parsed.error.issues.length > MAX_PROBLEMS)
    problems.push(`… (${parsed.error.issues.length - MAX_PROBLEMS} autres)`)
  return { ok: false, problems }
}
