/**
 * The transactions the crash writer commits, and how to tell from the database whether each one is
 * whole, absent, or — the failure this test hunts — partly there. Every row a transaction writes
 * carries its tag before a « | », so one query per part counts the rows of every tag at once.
 */
import type Database from 'better-sqlite3'

/** Kinds of transaction; the composite ones wrap several services in one db.transaction. */
export const KINDS = ['meeting', 'create', 'guests', 'replan', 'replanCall', 'big'] as const
export type Kind = (typeof KINDS)[number]

export const TAG_PREFIX = 'kill:'

/** `kill:<run>.<seq>.<kind>` */
export const tagOf = (run: number, seq: number, kind: Kind): string => `${TAG_PREFIX}${run}.${seq}.${kind}`

export const kindOfTag = (tag: string): Kind => tag.split('.').at(-1) as Kind

type Part =
  | 'meeting'
  | 'dates'
  | 'attendance'
  | 'present'
  | 'agenda'
  | 'decision'
  | 'nextStep'
  | 'person'
  | 'guestAttendance'
  | 'replan'
  | 'report'

/** How many rows of each part a whole transaction of each kind leaves; `members` = attendance pre-filled. */
export function expectedParts(kind: Kind, members: number): Partial<Record<Part, number>> {
  switch (kind) {
    case 'meeting':
      return { meeting: 1, dates: 2, attendance: members, present: 3, agenda: 1, decision: 3, nextStep: 1 }
    case 'create':
      return { meeting: 1, dates: 1, attendance: members }
    case 'guests':
      return { person: 3, guestAttendance: 3 }
    case 'replan':
      return { replan: 2, report: 1 }
    case 'replanCall':
      return { replan: 1 }
    case 'big':
      return { decision: 6 }
  }
}

const tag = (column: string) => `substr(${column}, 1, instr(${column}, '|') - 1)`
const like = (column: string) => `${column} LIKE '${TAG_PREFIX}%'`

// Fixed SQL, no input: the tag is read from the rows themselves.
const PART_QUERIES: Record<Part, string> = {
  meeting: `SELECT ${tag('title')} AS tag, count(*) AS n FROM meetings WHERE ${like('title')} GROUP BY 1`,
  dates: `SELECT ${tag('m.title')}, count(*) FROM meeting_dates d JOIN meetings m ON m.id = d.meeting_id WHERE ${like('m.title')} GROUP BY 1`,
  attendance: `SELECT ${tag('m.title')}, count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE ${like('m.title')} GROUP BY 1`,
  present: `SELECT ${tag('m.title')}, count(*) FROM attendance a JOIN meetings m ON m.id = a.meeting_id WHERE ${like('m.title')} AND a.status = 'present' GROUP BY 1`,
  agenda: `SELECT ${tag('title')}, count(*) FROM agenda_items WHERE ${like('title')} GROUP BY 1`,
  decision: `SELECT ${tag('text')}, count(*) FROM decisions WHERE ${like('text')} GROUP BY 1`,
  nextStep: `SELECT ${tag('text')}, count(*) FROM next_steps WHERE ${like('text')} GROUP BY 1`,
  person: `SELECT ${tag('last_name')}, count(*) FROM people WHERE ${like('last_name')} GROUP BY 1`,
  guestAttendance: `SELECT ${tag('p.last_name')}, count(*) FROM attendance a JOIN people p ON p.id = a.person_id WHERE ${like('p.last_name')} GROUP BY 1`,
  replan: `SELECT ${tag('reason')}, count(*) FROM replans WHERE ${like('reason')} GROUP BY 1`,
  report: `SELECT ${tag('narrative')}, count(*) FROM progress_reports WHERE ${like('narrative')} GROUP BY 1`,
}

/** Rows per part for every tag found anywhere in the database. */
export function tallyTags(db: Database.Database): Map<string, Partial<Record<Part, number>>> {
  const found = new Map<string, Partial<Record<Part, number>>>()
  for (const [part, query] of Object.entries(PART_QUERIES) as [Part, string][]) {
    for (const [tagValue, n] of db.prepare(query).raw().all() as [string, number][]) {
      const parts = found.get(tagValue) ?? {}
      parts[part] = n
      found.set(tagValue, parts)
    }
  }
  return found
}

/** Whether a tag's rows are exactly those of a whole transaction of its kind. */
export function isWhole(tagValue: string, parts: Partial<Record<Part, number>> | undefined, members: number): boolean {
  if (parts === undefined) return false
  const expected = expectedParts(kindOfTag(tagValue), members)
  const keys = new Set([...Object.keys(expected), ...Object.keys(parts)] as Part[])
  return [...keys].every((key) => (parts[key] ?? 0) === (expected[key] ?? 0))
}
