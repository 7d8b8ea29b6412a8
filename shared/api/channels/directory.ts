import { z } from 'zod'
import { channel, as } from '../channel'
import { Id, RequiredText, Text } from '../schemas'
import { CIVILITIES, SIDES } from '../../domain/vocabulary'
import { t } from '../../i18n/translate'
import type { DuplicateCandidate, Organisation, Person } from '../../domain/directory'
import { CSV_ENCODINGS, type PeopleImportPreview } from '../../domain/people-import'

const Email = z.union([z.literal(''), z.email({ error: () => t('validation.email') })])

export const OrganisationInput = z
  .object({
    id: Id.optional(),
    name: RequiredText(300),
    acronym: Text(50).default(''),
    side: z.enum(SIDES),
  })
  .strict()

export const PersonInput = z
  .object({
    id: Id.optional(),
    civility: z.enum(CIVILITIES),
    firstName: Text(200).default(''),
    lastName: RequiredText(200),
    function: Text(300).default(''),
    email: Email.default(''),
    phone: Text(50).default(''),
    organisationId: Id.nullable(),
    /** Set once the user has seen the likely duplicates and chosen to save anyway. */
    confirmDuplicate: z.boolean().default(false),
  })
  .strict()

// A file of 30 MB at most (the import's limit) takes 40 million characters once in base64. A CSV
// file is read in the encoding given, else in the one detected.
const ImportFileInput = z
  .object({
    fileName: RequiredText(300),
    contentBase64: z.string().max(40_000_000, { error: () => t('data.import.tooBigUpload') }),
    encoding: z.enum(CSV_ENCODINGS).optional(),
  })
  .strict()

export const directoryChannels = {
  /** Organisations, by name, optionally of one side or matching a search. */
  'organisations/list': channel(
    z.object({ side: z.enum(SIDES).optional(), search: Text(200).optional() }).strict(),
    as<Organisation[]>(),
  ),
  /** Creates or updates an organisation; the name is unique (accents and case ignored). */
  'organisations/save': channel(OrganisationInput, as<Organisation>()),
  /** Deletes an organisation that no one belongs to any more. */
  'organisations/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),

  /** People, by last name, optionally of one side, one organisation or matching a search. */
  'people/list': channel(
    z.object({ side: z.enum(SIDES).optional(), organisationId: Id.optional(), search: Text(200).optional() }).strict(),
    as<Person[]>(),
  ),
  /** Likely duplicates of a person about to be saved: same name in the same organisation. */
  'people/duplicates': channel(
    z.object({ id: Id.optional(), firstName: Text(200), lastName: Text(200), organisationId: Id.nullable() }).strict(),
    as<DuplicateCandidate[]>(),
  ),
  /** Creates or updates a person; refused with CONFLICT when a likely duplicate exists and was not confirmed. */
  'people/save': channel(PersonInput, as<Person>()),
  /** Deletes a person who has never attended a meeting. */
  'people/delete': channel(z.object({ id: Id }).strict(), as<{ deleted: true }>()),
  /** Reads a people file (.xlsx or .csv, base64) and tells what would be created, updated or rejected. */
  'people/importPreview': channel(
    ImportFileInput,
    as<PeopleImportPreview>(),
  ),
  /** Applies an import in one transaction, recomputed from the same file against the current directory (rejected rows are skipped). */
  'people/importCommit': channel(
    ImportFileInput,
    as<{ created: number; updated: number; rejected: number }>(),
  ),
} as const
