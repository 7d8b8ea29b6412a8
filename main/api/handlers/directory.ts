import type { HandlerTable } from '../dispatcher'
import { deleteOrganisation, listOrganisations, saveOrganisation } from '../../db/repos/directory/organisations'
import { deletePerson, findDuplicates, listPeople, savePerson } from '../../db/repos/directory/people'
import { commitPeopleImport, previewPeopleImport } from '../../import/people'
import { backupBeforeImport } from '../../services/backup/startup'

type DirectoryChannels =
  | 'organisations/list'
  | 'organisations/save'
  | 'organisations/delete'
  | 'people/list'
  | 'people/duplicates'
  | 'people/save'
  | 'people/delete'
  | 'people/importPreview'
  | 'people/importCommit'

export const directoryHandlers: Pick<HandlerTable, DirectoryChannels> = {
  'organisations/list': (filter, ctx) => listOrganisations(ctx.db, filter),
  'organisations/save': (input, ctx) => saveOrganisation(ctx.db, input),
  'organisations/delete': ({ id }, ctx) => {
    deleteOrganisation(ctx.db, id)
    return { deleted: true }
  },
  'people/list': (filter, ctx) => listPeople(ctx.db, filter),
  'people/duplicates': ({ id, ...name }, ctx) => findDuplicates(ctx.db, { ...name, excludeId: id }),
  'people/save': (input, ctx) => savePerson(ctx.db, input),
  'people/delete': ({ id }, ctx) => {
    deletePerson(ctx.db, id)
    return { deleted: true }
  },
  'people/importPreview': (input, ctx) => previewPeopleImport(ctx.db, input),
  'people/importCommit': (input, ctx) => commitPeopleImport(ctx.db, input, () => backupBeforeImport(ctx.db, ctx.dbPath)),
}
