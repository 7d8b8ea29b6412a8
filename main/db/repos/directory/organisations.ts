/** Organisations of the directory: each belongs to one side; names are unique, accents and case ignored. */
import type { Db } from '../../connection'
import type { Organisation } from '../../../../shared/domain/directory'
import type { Side } from '../../../../shared/domain/vocabulary'
import { foldText } from '../../../../shared/text/fold'
import { t } from '../../../../shared/i18n/translate'
import { AppError } from '../../../errors'
import { notFound, searchWords, sql, wordPattern } from '../common'

interface OrganisationRow {
  id: number
  name: string
  acronym: string
  side: Side
  people_count: number
}

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  acronym: row.acronym,
  side: row.side,
  peopleCount: row.people_count,
})

const SELECT = `SELECT o.id, o.name, o.acronym, o.side,
  (SELECT count(*) FROM people p WHERE p.organisation_id = o.id) AS people_count
  FROM organisations o`

export interface OrganisationFilter {
  side?: Side | undefined
  search?: string | undefined
}

/** Organisations by name, optionally of one side or whose name or acronym holds every word searched. */
export function listOrganisations(db: Db, filter: OrganisationFilter = {}): Organisation[] {
  const where: string[] = []
  const params: (string | number)[] = []
  if (filter.side) {
    where.push('o.side = ?')
    params.push(filter.side)
  }
  // Each word adds the same fixed fragment; the words themselves are bound parameters.
  for (const word of searchWords(filter.search)) {
    where.push("(o.name_key || ' ' || fold(o.acronym)) LIKE ? ESCAPE '\\'")
    params.push(wordPattern(word))
  }
  const text = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY o.name_key, o.id`
  return (sql(db, text).all(...params) as OrganisationRow[]).map(toOrganisation)
}

/** One organisation, or undefined. */
export function getOrganisation(db: Db, id: number): Organisation | undefined {
  const row = sql(db, `${SELECT} WHERE o.id = ?`).get(id) as OrganisationRow | undefined
  return row && toOrganisation(row)
}

/** The organisation whose folded name is `nameKey`, if any. */
export function findOrganisationByKey(db: Db, nameKey: string): { id: number; name: string; side: Side } | undefined {
  return sql(db, 'SELECT id, name, side FROM organisations WHERE name_key = ?').get(nameKey) as
    { id: number; name: string; side: Side } | undefined
}

export interface OrganisationFields {
  id?: number | undefined
  name: string
  acronym: string
  side: Side
}

function refuseTakenName(db: Db, nameKey: string, id: number | undefined): void {
  const other = sql(db, 'SELECT id FROM organisations WHERE name_key = ? AND id IS NOT ?').get(nameKey, id ?? null)
  if (other) {
    const message = t('validation.organisationExists')
    throw new AppError('CONFLICT', message, { name: message })
  }
}

/** Creates or updates an organisation; CONFLICT when another one has the same folded name. */
export function saveOrganisation(db: Db, input: OrganisationFields): Organisation {
  const nameKey = foldText(input.name)
  return db.transaction(() => {
    refuseTakenName(db, nameKey, input.id)
    let id = input.id
    if (id === undefined) {
      id = Number(
        sql(db, 'INSERT INTO organisations (name, name_key, acronym, side) VALUES (?, ?, ?, ?)').run(
          input.name,
          nameKey,
          input.acronym,
          input.side,
        ).lastInsertRowid,
      )
    } else {
      const changed = sql(
        db,
        "UPDATE organisations SET name = ?, name_key = ?, acronym = ?, side = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
      ).run(input.name, nameKey, input.acronym, input.side, id).changes
      if (changed === 0) throw notFound('organisation')
    }
    return getOrganisation(db, id) as Organisation
  })()
}

/** Deletes an organisation nobody belongs to; CONFLICT while people are attached. */
export function deleteOrganisation(db: Db, id: number): void {
  db.transaction(() => {
    if (!sql(db, 'SELECT 1 FROM organisations WHERE id = ?').get(id)) throw notFound('organisation')
    if (sql(db, 'SELECT 1 FROM people WHERE organisation_id = ? LIMIT 1').get(id)) {
      throw new AppError('CONFLICT', t('validation.organisationInUse'))
    }
    sql(db, 'DELETE FROM organisations WHERE id = ?').run(id)
  })()
}
