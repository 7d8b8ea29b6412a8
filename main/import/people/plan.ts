/**
 * What importing a people file would do, row by row, against the directory as it is: create,
 * update (same folded name in the same organisation) or reject with reasons naming the column.
 * Reads only; the writing is in ./index.ts.
 */
import { z } from 'zod'
import type { Db } from '../../db/connection'
import type { ImportedPersonRow, PeopleImportPreview } from '../../../shared/domain/people-import'
import type { Civility, Side } from '../../../shared/domain/vocabulary'
import { foldText, personNameKey } from '../../../shared/text/fold'
import { t } from '../../../shared/i18n/translate'
import { findOrganisationByKey } from '../../db/repos/directory/organisations'
import { sql } from '../../db/repos/common'
import type { CsvRecord } from './csv'
import { COLUMNS, REQUIRED_COLUMNS, columnOfHeader, parseCivility, parseSide, type Column } from './columns'

/** The same limits as the forms of the directory. */
const MAX_LENGTH: Record<Column, number> = {
  civility: 20,
  firstName: 200,
  lastName: 200,
  function: 300,
  email: 320,
  phone: 50,
  organisation: 300,
  side: 100,
}

const Email = z.email()

export interface PersonWrite {
  civility: Civility
  firstName: string
  lastName: string
  function: string
  email: string
  phone: string
}

export interface ImportPlan {
  preview: PeopleImportPreview
  /** Organisations to create first, by folded name. */
  newOrganisations: Map<string, { name: string; side: Side }>
  creates: { organisationId: number | null; organisationKey: string; person: PersonWrite }[]
  /** Only the fields the file fills in are changed: an empty cell never erases what the directory knows. */
  updates: { id: number; changes: Partial<Pick<PersonWrite, 'civility' | 'function' | 'email' | 'phone'>> }[]
}

const columnName = (column: Column) => t(`data.import.columns.${column}`)

/** Maps each known column to its index in the header row; fileErrors for duplicated or missing ones. */
function readHeader(header: readonly string[]): { indexes: Map<Column, number>; fileErrors: string[] } {
  const indexes = new Map<Column, number>()
  const fileErrors: string[] = []
  header.forEach((cell, index) => {
    const column = columnOfHeader(cell)
    if (!column) return
    if (indexes.has(column)) fileErrors.push(t('data.import.duplicateColumn', { column: columnName(column) }))
    else indexes.set(column, index)
  })
  const missing = REQUIRED_COLUMNS.filter((column) => !indexes.has(column))
  if (missing.length > 0)
    fileErrors.push(t('data.import.missingColumns', { columns: missing.map(columnName).join(', ') }))
  return { indexes, fileErrors }
}

/** Plans the import of the file's records (header first). */
export function planPeopleImport(db: Db, records: readonly CsvRecord[]): ImportPlan {
  const plan: ImportPlan = {
    preview: { rows: [], created: 0, updated: 0, rejected: 0, fileErrors: [], encoding: null },
    newOrganisations: new Map(),
    creates: [],
    updates: [],
  }
  const [header, ...data] = records
  const { indexes, fileErrors } = readHeader(header?.cells ?? [])
  if (fileErrors.length === 0 && data.length === 0) fileErrors.push(t('data.import.noRows'))
  if (fileErrors.length > 0) {
    plan.preview.fileErrors = fileErrors
    return plan
  }
  const findPerson = sql(db, 'SELECT id FROM people WHERE name_key = ? AND organisation_id = ? ORDER BY id LIMIT 1')
  const seen = new Map<string, number>()

  for (const record of data) {
    const value = (column: Column) => {
      const index = indexes.get(column)
      return index === undefined ? '' : (record.cells[index] ?? '').trim()
    }
    const v = Object.fromEntries(COLUMNS.map((column) => [column, value(column)])) as Record<Column, string>
    const reasons: string[] = []
    const say = (key: string, column: Column, extra: Record<string, string | number> = {}) =>
      reasons.push(t(`data.import.${key}`, { column: columnName(column), ...extra }))

    for (const column of COLUMNS)
      if (v[column].length > MAX_LENGTH[column]) say('tooLong', column, { max: MAX_LENGTH[column] })
    const civility = v.civility ? parseCivility(v.civility) : undefined
    if (v.civility && !civility) say('badCivility', 'civility', { value: v.civility })
    if (!v.lastName) say('required', 'lastName')
    if (v.email && !Email.safeParse(v.email).success) say('badEmail', 'email', { value: v.email })
    if (!v.organisation) say('required', 'organisation')
    const side = v.side ? parseSide(v.side) : undefined
    if (v.side && !side) say('badSide', 'side', { value: v.side })

    const organisationKey = foldText(v.organisation)
    const existingOrganisation = organisationKey ? findOrganisationByKey(db, organisationKey) : undefined
    let organisationName = existingOrganisation?.name ?? v.organisation
    let createsOrganisation = false
    if (organisationKey && !existingOrganisation) {
      const planned = plan.newOrganisations.get(organisationKey)
      if (planned) organisationName = planned.name
      else if (!v.side) say('unknownOrganisation', 'organisation', { value: v.organisation })
      else createsOrganisation = reasons.length === 0
    }

    let action: ImportedPersonRow['action'] = 'reject'
    let existingId: number | undefined
    if (reasons.length === 0) {
      const personKey = personNameKey(v.firstName, v.lastName)
      const seenKey = `${organisationKey}\u0000${personKey}`
      const earlierRow = seen.get(seenKey)
      existingId = existingOrganisation
        ? (findPerson.get(personKey, existingOrganisation.id) as { id: number } | undefined)?.id
        : undefined
      if (earlierRow !== undefined) say('sameAsRow', 'lastName', { row: earlierRow })
      else if (existingId === undefined && !civility) say('civilityForNew', 'civility')
      else {
        seen.set(seenKey, record.line)
        action = existingId === undefined ? 'create' : 'update'
      }
    }

    if (action === 'create' && civility) {
      if (createsOrganisation && side) plan.newOrganisations.set(organisationKey, { name: v.organisation, side })
      plan.creates.push({
        organisationId: existingOrganisation?.id ?? null,
        organisationKey,
        person: {
          civility,
          firstName: v.firstName,
          lastName: v.lastName,
          function: v.function,
          email: v.email,
          phone: v.phone,
        },
      })
      plan.preview.created += 1
    } else if (action === 'update' && existingId !== undefined) {
      const changes: ImportPlan['updates'][number]['changes'] = {}
      if (civility) changes.civility = civility
      if (v.function) changes.function = v.function
      if (v.email) changes.email = v.email
      if (v.phone) changes.phone = v.phone
      plan.updates.push({ id: existingId, changes })
      plan.preview.updated += 1
    } else {
      plan.preview.rejected += 1
    }
    plan.preview.rows.push({
      row: record.line,
      action,
      civility: civility ?? '',
      firstName: v.firstName,
      lastName: v.lastName,
      organisationName,
      reasons,
      createsOrganisation: action === 'create' && createsOrganisation,
    })
  }
  return plan
}
