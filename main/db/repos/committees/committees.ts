/** Committees and their quorum rule; names are unique, accents and case ignored. */
import type { Db } from '../../connection'
import type { Committee, CommitteeDetail } from '../../../../shared/domain/directory'
import { foldText } from '../../../../shared/text/fold'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, sql, todayIso } from '../common'
import { listMemberships } from './memberships'

interface CommitteeRow {
  id: number
  name: string
  acronym: string
  default_place: string
  quorum_min_present: number | null
  quorum_min_per_side: number | null
  member_count: number
}

const toCommittee = (row: CommitteeRow): Committee => ({
  id: row.id,
  name: row.name,
  acronym: row.acronym,
  defaultPlace: row.default_place,
  quorum: { minPresent: row.quorum_min_present, minPerSide: row.quorum_min_per_side },
  memberCount: row.member_count,
})

// memberCount counts the people whose mandate covers today (a person with two mandates counts once).
const SELECT = `SELECT c.id, c.name, c.acronym, c.default_place, c.quorum_min_present, c.quorum_min_per_side,
  (SELECT count(DISTINCT m.person_id) FROM memberships m WHERE m.committee_id = c.id
     AND (m.start_date IS NULL OR m.start_date <= @today) AND (m.end_date IS NULL OR m.end_date >= @today)) AS member_count
  FROM committees c`

/** Every committee, by name. */
export function listCommittees(db: Db): Committee[] {
  return (sql(db, `${SELECT} ORDER BY c.name_key, c.id`).all({ today: todayIso() }) as CommitteeRow[]).map(toCommittee)
}

/** One committee, or undefined. */
export function getCommittee(db: Db, id: number): Committee | undefined {
  const row = sql(db, `${SELECT} WHERE c.id = @id`).get({ id, today: todayIso() }) as CommitteeRow | undefined
  return row && toCommittee(row)
}

/** One committee with its members, current ones first. */
export function getCommitteeDetail(db: Db, id: number): CommitteeDetail | undefined {
  const committee = getCommittee(db, id)
  return committee && { ...committee, members: listMemberships(db, id) }
}

export interface CommitteeFields {
  id?: number | undefined
  name: string
  acronym: string
  defaultPlace: string
  quorum: { minPresent: number | null; minPerSide: number | null }
}

/** Creates or updates a committee; CONFLICT when another one has the same folded name. */
export function saveCommittee(db: Db, input: CommitteeFields): Committee {
  const nameKey = foldText(input.name)
  return db.transaction(() => {
    if (sql(db, 'SELECT 1 FROM committees WHERE name_key = ? AND id IS NOT ?').get(nameKey, input.id ?? null)) {
      const message = t('validation.committeeExists')
      throw new AppError('CONFLICT', message, { name: message })
    }
    const values = [
      input.name,
      nameKey,
      input.acronym,
      input.defaultPlace,
      input.quorum.minPresent,
      input.quorum.minPerSide,
    ]
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(
          db,
          'INSERT INTO committees (name, name_key, acronym, default_place, quorum_min_present, quorum_min_per_side) VALUES (?, ?, ?, ?, ?, ?)',
        ).run(...values).lastInsertRowid,
      )
    } else {
      const changed = sql(
        db,
        'UPDATE committees SET name = ?, name_key = ?, acronym = ?, default_place = ?, quorum_min_present = ?, quorum_min_per_side = ? WHERE id = ?',
      ).run(...values, id).changes
      if (changed === 0) throw notFound('committee')
    }
    return getCommittee(db, id) as Committee
  })()
}

/** Deletes a committee without meetings (its memberships go with it); CONFLICT otherwise. */
export function deleteCommittee(db: Db, id: number): void {
  db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM committees WHERE id = ?').get(id)) throw notFound('committee')
    if (sql(db, 'SELECT 1 FROM meetings WHERE committee_id = ? LIMIT 1').get(id)) {
      throw new AppError('CONFLICT', t('validation.committeeInUse'))
    }
    sql(db, 'DELETE FROM committees WHERE id = ?').run(id)
  })()
}
