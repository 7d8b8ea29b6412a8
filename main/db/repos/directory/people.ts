/** People of the directory. Last names are stored as typed; documents show them in capitals. */
import type { Db } from '../../connection'
import type { DuplicateCandidate, Person } from '../../../../shared/domain/directory'
import type { Civility, Side } from '../../../../shared/domain/vocabulary'
import { personNameKey } from '../../../../shared/text/fold'
import { personName } from '../../../../shared/text/person-name'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, searchWords, sql, wordPattern } from '../common'

export interface PersonRow {
  id: number
  civility: Civility
  first_name: string
  last_name: string
  function: string
  email: string
  phone: string
  organisation_id: number | null
  organisation_name: string | null
  side: Side | null
}

export const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  civility: row.civility,
  firstName: row.first_name,
  lastName: row.last_name,
  function: row.function,
  email: row.email,
  phone: row.phone,
  organisationId: row.organisation_id,
  organisationName: row.organisation_name ?? '',
  side: row.side,
})

/** Columns of a person with their organisation, for `FROM people p LEFT JOIN organisations o`. */
export const PERSON_COLUMNS = `p.id, p.civility, p.first_name, p.last_name, p.function, p.email, p.phone,
  p.organisation_id, o.name AS organisation_name, o.side`

const SELECT = `SELECT ${PERSON_COLUMNS} FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`
const ORDER = 'ORDER BY fold(p.last_name), fold(p.first_name), p.id'

/** « Mme Prénom NOM », as documents write a person. */
export const displayName = personName

export interface PeopleFilter {
  side?: Side | undefined
  organisationId?: number | undefined
  search?: string | undefined
}

/** People by last name, optionally of one side or organisation, or holding every word searched. */
export function listPeople(db: Db, filter: PeopleFilter = {}): Person[] {
  const where: string[] = []
  const params: (string | number)[] = []
  if (filter.side) {
    where.push('o.side = ?')
    params.push(filter.side)
  }
  if (filter.organisationId !== undefined) {
    where.push('p.organisation_id = ?')
    params.push(filter.organisationId)
  }
  // One fixed fragment per word: a word may be in the name, the organisation, the function or the email.
  for (const word of searchWords(filter.search)) {
    where.push(
      "(p.name_key || ' ' || coalesce(o.name_key, '') || ' ' || fold(coalesce(o.acronym, '') || ' ' || p.function || ' ' || p.email)) LIKE ? ESCAPE '\\'",
    )
    params.push(wordPattern(word))
  }
  const text = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ${ORDER}`
  return (sql(db, text).all(...params) as PersonRow[]).map(toPerson)
}

/** One person with their organisation, or undefined. */
export function getPerson(db: Db, id: number): Person | undefined {
  const row = sql(db, `${SELECT} WHERE p.id = ?`).get(id) as PersonRow | undefined
  return row && toPerson(row)
}

/** People with the same folded name in the same organisation (or both without one), except `excludeId`. */
export function findDuplicates(
  db: Db,
  query: { firstName: string; lastName: string; organisationId: number | null; excludeId?: number | undefined },
): DuplicateCandidate[] {
  const rows = sql(db, `${SELECT} WHERE p.name_key = ? AND p.organisation_id IS ? AND p.id IS NOT ? ORDER BY p.id`).all(
    personNameKey(query.firstName, query.lastName),
    query.organisationId,
    query.excludeId ?? null,
  ) as PersonRow[]
  return rows.map((row) => {
    const person = toPerson(row)
    return { id: person.id, displayName: displayName(person), organisationName: person.organisationName }
  })
}

export interface PersonFields {
  id?: number | undefined
  civility: Civility
  firstName: string
  lastName: string
  function: string
  email: string
  phone: string
  organisationId: number | null
}

/** Writes a person without any check, inside the caller's transaction; returns the id. */
export function writePerson(db: Db, input: PersonFields): number {
  const values = [
    input.civility,
    input.firstName,
    input.lastName,
    personNameKey(input.firstName, input.lastName),
    input.function,
    input.email,
    input.phone,
    input.organisationId,
  ]
  if (input.id === undefined) {
    return Number(
      sql(
        db,
        'INSERT INTO people (civility, first_name, last_name, name_key, function, email, phone, organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(...values).lastInsertRowid,
    )
  }
  const changed = sql(
    db,
    `UPDATE people SET civility = ?, first_name = ?, last_name = ?, name_key = ?, function = ?, email = ?, phone = ?,
       organisation_id = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
  ).run(...values, input.id).changes
  if (changed === 0) throw notFound('person')
  return input.id
}

/**
 * Creates or updates a person. Refuses with CONFLICT, naming the existing person, when someone
 * with the same name is in the same organisation, unless the user confirmed it is someone else.
 */
export function savePerson(db: Db, input: PersonFields & { confirmDuplicate: boolean }): Person {
  return db.transaction(() => {
    if (input.id !== undefined && !sql(db, 'SELECT 1 FROM people WHERE id = ?').get(input.id)) throw notFound('person')
    if (
      input.organisationId !== null &&
      !sql(db, 'SELECT 1 FROM organisations WHERE id = ?').get(input.organisationId)
    ) {
      throw notFound('organisation', 'organisationId')
    }
    if (!input.confirmDuplicate) {
      const [duplicate] = findDuplicates(db, { ...input, excludeId: input.id })
      if (duplicate) {
        const name = duplicate.organisationName
          ? `${duplicate.displayName}, ${duplicate.organisationName}`
          : duplicate.displayName
        const message = t('data.personDuplicate', { name })
        throw new AppError('CONFLICT', message, { lastName: message })
      }
    }
    const id = writePerson(db, input)
    return getPerson(db, id) as Person
  })()
}

/** Deletes a person who never attended a meeting; CONFLICT otherwise. */
export function deletePerson(db: Db, id: number): void {
  db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM people WHERE id = ?').get(id)) throw notFound('person')
    if (sql(db, 'SELECT 1 FROM attendance WHERE person_id = ? LIMIT 1').get(id)) {
      throw new AppError('CONFLICT', t('validation.personInUse'))
    }
    sql(db, 'DELETE FROM people WHERE id = ?').run(id)
  })()
}
