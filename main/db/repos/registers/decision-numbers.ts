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
// And per year: a write inside one meeting (its date unchanged) moves only the numbers of its
// committee and year, those of its meetings and any frozen one that holds a number of that year.
const YEAR_COLUMNS = `d.id AS decision_id, m.committee_id AS committee_id, m.first_date AS first_date,
    m.status = 'adopte' AS adopted, d.note AS note, r.committee_id AS reg_committee, r.year AS year, r.seq AS seq,
    r.frozen AS frozen, m.id AS meeting_id, d.position AS position`
const YEAR_ROWS = `SELECT ${YEAR_COLUMNS}
  FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN decision_register r ON r.decision_id = d.id
  WHERE m.committee_id = ? AND m.first_date >= ? AND m.first_date < ?
  UNION
  SELECT ${YEAR_COLUMNS}
  FROM decision_register r JOIN decisions d ON d.id = r.decision_id JOIN meetings m ON m.id = d.meeting_id
  WHERE r.committee_id = ? AND r.year = ? AND r.seq IS NOT NULL AND r.frozen = 1
  ORDER BY committee_id, first_date, meeting_id, position, decision_id`
const UNDATED_ROWS = rowsOf('WHERE m.committee_id = ? AND m.first_date IS NULL')

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
  withoutHistory(db, () =>
    numberDecisions(db, () => (committeeId === undefined ? sql(db, ALL_ROWS).all() : sql(db, COMMITTEE_ROWS).all(committeeId))),
  )
}

/**
 * Brings up to date the numbers a write inside one meeting can move (a decision added, deleted,
 * moved or made a note; its relevé adopted): those of its committee and the year of its date,
 * a few hundred rows rather than the committee's ten years. A write that changes the meeting's
 * date or committee renumbers the whole committee (renumberMeetingCommittee).
 */
export function renumberMeetingYear(db: Db, meetingId: number): void {
  const meeting = sql(db, 'SELECT committee_id, first_date FROM meetings WHERE id = ?').get(meetingId) as
    | { committee_id: number; first_date: string | null }
    | undefined
  if (!meeting) return
  const { committee_id: committee, first_date: date } = meeting
  const year = date === null ? null : Number(date.slice(0, 4))
  withoutHistory(db, () =>
    numberDecisions(
      db,
      () =>
        year === null
          ? sql(db, UNDATED_ROWS).all(committee)
          : sql(db, YEAR_ROWS).all(committee, `${year}`, `${year + 1}`, committee, year),
      meetingId,
    ),
  )
}

function numberDecisions(db: Db, read: () => unknown[], meetingId?: number): void {
  db.transaction(() => {
    // Decisions saved since the last pass get their register row: those of the meeting written, or all.
    if (meetingId === undefined) {
      sql(
        db,
        'INSERT INTO decision_register (decision_id) SELECT id FROM decisions WHERE id NOT IN (SELECT decision_id FROM decision_register)',
      ).run()
    } else {
      sql(
        db,
        'INSERT INTO decision_register (decision_id) SELECT id FROM decisions WHERE meeting_id = ? AND id NOT IN (SELECT decision_id FROM decision_register)',
      ).run(meetingId)
    }
    const rows = read() as NumberRow[]
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
