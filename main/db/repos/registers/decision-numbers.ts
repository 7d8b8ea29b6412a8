/**
 * Decision numbers, per committee and year of the meeting's first date, in the meetings' date order
 * (then meeting id, then the decision's position). A number is stored; once the decision's meeting
 * is adopted it is frozen and never recomputed. The others are recomputed on each pass: each takes
 * the next number after the previous decision's that no frozen decision holds. Notes (« NB ») are
 * not numbered.
 *
 * Passes run in the writes that move numbers (a decision added, deleted, reordered or made a note,
 * a meeting re-dated or deleted, a relevé adopted, a deletion restored), inside their transaction;
 * reading the register never writes.
 */
import type { Db } from '../../connection'
import { sql } from '../common'
import { withoutHistory } from '../../history/session'

interface NumberRow {
  decision_id: number
  committee_id: number
  first_date: string | null
  adopted: number
  note: number
  reg_committee: number | null
  year: number | null
  seq: number | null
  frozen: number
}

const rowsOf = (where: string) => `SELECT d.id AS decision_id, m.committee_id, m.first_date, m.status = 'adopte' AS adopted, d.note,
    r.committee_id AS reg_committee, r.year, r.seq, r.frozen
  FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN decision_register r ON r.decision_id = d.id
  ${where}
  ORDER BY m.committee_id, m.first_date, m.id, d.position, d.id`
const ALL_ROWS = rowsOf('')
// Numbers run per committee: a write to one meeting renumbers its committee only.
const COMMITTEE_ROWS = rowsOf('WHERE m.committee_id = ?')

interface Assigned {
  id: number
  committee: number | null
  year: number | null
  seq: number | null
  frozen: boolean
}

/** The numbers every decision should hold, given the frozen ones. */
function assign(rows: readonly NumberRow[]): Assigned[] {
  const frozenByScope = new Map<string, Set<number>>()
  for (const row of rows) {
    if (row.frozen !== 1 || row.year === null || row.seq === null) continue
    const key = `${row.reg_committee ?? ''}|${row.year}`
    let set = frozenByScope.get(key)
    if (!set) frozenByScope.set(key, (set = new Set()))
    set.add(row.seq)
  }
  const last = new Map<string, number>()
  const out: Assigned[] = []
  for (const row of rows) {
    if (row.frozen === 1) {
      out.push({ id: row.decision_id, committee: row.reg_committee, year: row.year, seq: row.seq, frozen: true })
      if (row.year !== null && row.seq !== null) {
        const key = `${row.reg_committee ?? ''}|${row.year}`
        last.set(key, Math.max(last.get(key) ?? 0, row.seq))
      }
      continue
    }
    const year = row.first_date ? Number(row.first_date.slice(0, 4)) : null
    if (row.note === 1 || year === null) {
      out.push({ id: row.decision_id, committee: row.committee_id, year: null, seq: null, frozen: false })
      continue
    }
    const key = `${row.committee_id}|${year}`
    const taken = frozenByScope.get(key)
    let seq = (last.get(key) ?? 0) + 1
    while (taken?.has(seq)) seq++
    last.set(key, seq)
    out.push({ id: row.decision_id, committee: row.committee_id, year, seq, frozen: row.adopted === 1 })
  }
  return out
}

/**
 * Brings the stored decision numbers up to date — of one committee, or of all — (one transaction;
 * only changed rows are written). Decisions saved since the last pass get their register row here.
 * Call it from a write, never from a read.
 */
export function refreshDecisionNumbers(db: Db, committeeId?: number): void {
  // Numbers follow from the decisions and the dates: they are not a change anyone made, so the
  // history keeps the write that moved them, not the renumbering.
  withoutHistory(db, () => numberDecisions(db, committeeId))
}

function numberDecisions(db: Db, committeeId?: number): void {
  db.transaction(() => {
    sql(
      db,
      'INSERT INTO decision_register (decision_id) SELECT id FROM decisions WHERE id NOT IN (SELECT decision_id FROM decision_register)',
    ).run()
    const rows = (committeeId === undefined ? sql(db, ALL_ROWS).all() : sql(db, COMMITTEE_ROWS).all(committeeId)) as NumberRow[]
    const byId = new Map(rows.map((row) => [row.decision_id, row]))
    const changed = assign(rows).filter((a) => {
      const row = byId.get(a.id) as NumberRow
      return (
        row.reg_committee !== a.committee || row.year !== a.year || row.seq !== a.seq || (row.frozen === 1) !== a.frozen
      )
    })
    if (changed.length === 0) return
    // Cleared first, so that two decisions swapping numbers never meet the unique index halfway.
    const clear = sql(db, 'UPDATE decision_register SET year = NULL, seq = NULL WHERE decision_id = ? AND frozen = 0')
    for (const a of changed) clear.run(a.id)
    const set = sql(
      db,
      'UPDATE decision_register SET committee_id = ?, year = ?, seq = ?, frozen = ? WHERE decision_id = ?',
    )
    for (const a of changed) set.run(a.committee, a.year, a.seq, a.frozen ? 1 : 0, a.id)
  })()
}

/** Renumbers the committee of a meeting (after a write to its decisions or its date). */
export function renumberMeetingCommittee(db: Db, meetingId: number): void {
  const committeeId = sql(db, 'SELECT committee_id FROM meetings WHERE id = ?').pluck().get(meetingId) as number | undefined
  if (committeeId !== undefined) refreshDecisionNumbers(db, committeeId)
}
