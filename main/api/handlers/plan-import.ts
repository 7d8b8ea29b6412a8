import type { HandlerTable } from '../dispatcher'
import type { planImportChannels } from '../../../shared/api/channels/plan-import'
import { commitPlanImport, previewPlanImport } from '../../import/plan'
import { backupBeforeImport } from '../../services/backup/startup'

type PlanImportChannels = keyof typeof planImportChannels

export const planImportHandlers: Pick<HandlerTable, PlanImportChannels> = {
  'plans/importPreview': (input, ctx) => previewPlanImport(ctx.db, input),
  'plans/importCommit': (input, ctx) => commitPlanImport(ctx.db, input, () => backupBeforeImport(ctx.db, ctx.dbPath)),
}
