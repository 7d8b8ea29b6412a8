/** Memberships: a person's role and mandate in a committee. Mandates of one person may not overlap. */
import type { Db } from '../../connection'
import type { Membership } from '../../../../shared/domain/directory'
import type { MembershipRole } from '../../../../shared/domain/vocabulary'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql, todayIso } from '../common'
import { PERSON_COLUMNS, toPerson, type PersonRow } from '../directory/people'

interface MembershipRow extends PersonRow {
  membership_id: number
  committee_id: number
  person_id: number
  role: MembershipRole
  start_date: string | null
  end_date: string | null
}

const toMembership = (row: MembershipRow): Membership => ({
  id: row.membership_id,
  committeeId: row.committee_id,
  personId: row.person_id,
  role: row.role,
  startDate: row.start_date,
  endDate: row.end_date,
  person: toPerson(row),
})

const SELECT = `SELECT m.id AS membership_id, m.committee_id, m.person_id, m.role, m.start_date, m.end_date, ${PERSON_COLUMNS}
  FROM memberships m JOIN people p ON p.id = m.person_id LEFT JOIN organisations o ON o.id = p.organisation_id`

// Current mandates first, then by role as the committee ranks them, then by name.
const ORDER = `ORDER BY (m.end_date IS NOT NULL AND m.end_date < @today),
  CASE m.role WHEN 'president' THEN 0 WHEN 'titulaire' THEN 1 WHEN 'suppleant' THEN 2 WHEN 'secretariat' THEN 3 ELSE 4 END,
  fold(p.last_name), fold(p.first_name), m.start_date, m.id`

/** Every membership of a committee, current and past. */
export function listMemberships(db: Db, committeeId: number): Membership[] {
  return (
    sql(db, `${SELECT} WHERE m.committee_id = @committeeId ${ORDER}`).all({
      committeeId,
      today: todayIso(),
    }) as MembershipRow[]
  ).map(toMembership)
}

/** One membership with its person, or undefined. */
export function getMembership(db: Db, id: number): Membership | undefined {
  const row = sql(db, `${SELECT} WHERE m.id = ?`).get(id) as MembershipRow | undefined
  return row && toMembership(row)
}

export interface MembershipFields {
  id?: number | undefined
  committeeId: number
  personId: number
  role: MembershipRole
  startDate: string | null
  endDate: string | null
}

/** Adds a person to a committee or changes their role or mandate; refuses overlapping mandates. */
export function saveMembership(db: Db, input: MembershipFields): Membership {
  return db.transaction(() => {
    if (input.id !== undefined && !sql(db, 'SELECT 1 FROM memberships WHERE id = ?').get(input.id))
      throw notFound('membership')
    if (!sql(db, 'SELECT 1 FROM committees WHERE id = ?').get(input.committeeId))
      throw notFound('committee', 'committeeId')
    if (!sql(db, 'SELECT 1 FROM people WHERE id = ?').get(input.personId)) throw notFound('person', 'personId')
    // Two mandates overlap unless one ends before the other starts (an open bound reaches forever).
    const overlap = sql(
      db,
      `SELECT 1 FROM memberships WHERE committee_id = @committeeId AND person_id = @personId AND id IS NOT @id
         AND (end_date IS NULL OR @startDate IS NULL OR end_date >= @startDate)
         AND (start_date IS NULL OR @endDate IS NULL OR start_date <= @endDate) LIMIT 1`,
    ).get({ ...input, id: input.id ?? null })
    if (overlap) {
      const message = t('data.membershipOverlap')
      throw new AppError('CONFLICT', message, { startDate: message })
    }
    const values = [input.committeeId, input.personId, input.role, input.startDate, input.endDate]
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(
          db,
          'INSERT INTO memberships (committee_id, person_id, role, start_date, end_date) VALUES (?, ?, ?, ?, ?)',
        ).run(...values).lastInsertRowid,
      )
    } else {
      sql(
        db,
        'UPDATE memberships SET committee_id = ?, person_id = ?, role = ?, start_date = ?, end_date = ? WHERE id = ?',
      ).run(...values, id)
    }
    return getMembership(db, id) as Membership
  })()
}

/** Removes a membership. */
export function deleteMembership(db: Db, id: number): void {
  if (sql(db, 'DELETE FROM memberships WHERE id = ?').run(id).changes === 0) throw notFound('membership')
}
