/** Importing people from a spreadsheet: a preview that writes nothing, then a commit in one transaction. */
import type { Db } from '../../db/connection'
import type { PeopleImportPreview } from '../../../shared/domain/people-import'
import { foldText } from '../../../shared/text/fold'
import { t } from '../../../shared/i18n/translate'
import { AppError } from '../../errors'
import { sql } from '../../db/repos/common'
import { writePerson } from '../../db/repos/directory/people'
import type { PeopleFileInput } from './read-file'
import { readPeopleFileOffThread as readPeopleFile } from './off-thread'
import { planPeopleImport } from './plan'

export type ImportFile = PeopleFileInput

/** Tells what importing the file would create, update or reject, and why; writes nothing. */
export async function previewPeopleImport(db: Db, file: ImportFile): Promise<PeopleImportPreview> {
  const read = await readPeopleFile(file)
  if (!read.ok)
    return { rows: [], created: 0, updated: 0, rejected: 0, fileErrors: read.fileErrors, encoding: read.encoding }
  return { ...planPeopleImport(db, read.records).preview, encoding: read.encoding }
}

/**
 * Imports the file: the preview is computed again from the same content against the directory
 * as it is now, and its created and updated rows are written in one transaction (rejected rows
 * are skipped). A file with fileErrors is refused whole.
 */
export async function commitPeopleImport(
  db: Db,
  file: ImportFile,
  beforeWrite?: () => Promise<unknown>,
): Promise<{ created: number; updated: number; rejected: number }> {
  const read = await readPeopleFile(file)
  if (!read.ok)
    throw new AppError('INVALID_INPUT', t('data.import.hasFileErrors', { errors: read.fileErrors.join(' ') }))
  const records = read.records
  // A file that will be written gets a backup of the directory as it was, first.
  await beforeWrite?.()
  return db.transaction(() => {
    const plan = planPeopleImport(db, records)
    if (plan.preview.fileErrors.length > 0) {
      throw new AppError('INVALID_INPUT', t('data.import.hasFileErrors', { errors: plan.preview.fileErrors.join(' ') }))
    }
    const organisationIds = new Map<string, number>()
    const insertOrganisation = sql(db, 'INSERT INTO organisations (name, name_key, side) VALUES (?, ?, ?)')
    for (const [key, organisation] of plan.newOrganisations) {
      organisationIds.set(
        key,
        Number(
          insertOrganisation.run(organisation.name, foldText(organisation.name), organisation.side).lastInsertRowid,
        ),
      )
    }
    for (const create of plan.creates) {
      writePerson(db, {
        ...create.person,
        organisationId: create.organisationId ?? organisationIds.get(create.organisationKey) ?? null,
      })
    }
    const update = sql(
      db,
      `UPDATE people SET civility = coalesce(@civility, civility), function = coalesce(@function, function), email = coalesce(@email, email),
         phone = coalesce(@phone, phone), updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`,
    )
    for (const { id, changes } of plan.updates) {
      update.run({ id, civility: null, function: null, email: null, phone: null, ...changes })
    }
    return { created: plan.preview.created, updated: plan.preview.updated, rejected: plan.preview.rejected }
  })()
}
