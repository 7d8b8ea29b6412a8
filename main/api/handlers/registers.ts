import type { HandlerTable } from '../dispatcher'
import {
  engagementChoices,
  listDecisionRegister,
  setDecisionEngagements,
  setDecisionStatus,
} from '../../db/repos/registers/decisions'
import { listActions } from '../../db/repos/registers/action-list'
import { addActionNote, previousActions, recordFollowUp } from '../../db/repos/registers/follow-ups'

type RegisterChannels =
  | 'decisions/register'
  | 'decisions/setStatus'
  | 'decisions/setEngagements'
  | 'decisions/engagementChoices'
  | 'decisions/export'
  | 'actions/list'
  | 'actions/previous'
  | 'actions/followUp'
  | 'actions/addNote'
  | 'actions/export'

export const registerHandlers: Pick<HandlerTable, RegisterChannels> = {
  'decisions/register': ({ filter, limit, offset }, ctx) => listDecisionRegister(ctx.db, { ...filter, limit, offset }),
  'decisions/setStatus': ({ id, status }, ctx) => setDecisionStatus(ctx.db, id, status),
  'decisions/setEngagements': ({ id, engagementIds }, ctx) => setDecisionEngagements(ctx.db, id, engagementIds),
  'decisions/engagementChoices': (_input, ctx) => engagementChoices(ctx.db),
  'decisions/export': async ({ format, filter }, ctx) => {
    // The writers (exceljs, pdfkit) load on first use.
    const { decisionsRegisterFile } = await import('../../services/registers/export')
    return ctx.deliver(await decisionsRegisterFile(ctx.db, format, filter ?? {}))
  },

  'actions/list': ({ filter, limit, offset }, ctx) => listActions(ctx.db, { ...filter, limit, offset }),
  'actions/previous': ({ meetingId }, ctx) => previousActions(ctx.db, meetingId),
  'actions/followUp': (input, ctx) => recordFollowUp(ctx.db, input),
  'actions/addNote': (input, ctx) => addActionNote(ctx.db, input),
  'actions/export': async ({ format, filter }, ctx) => {
    const { actionsFile } = await import('../../services/registers/export')
    return ctx.deliver(await actionsFile(ctx.db, format, filter ?? {}))
  },
}
