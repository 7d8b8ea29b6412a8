import type { HandlerTable } from '../dispatcher'
import { adoptReleve, diffuseReleve, getLifecycle, offerApproval, openErratum } from '../../services/lifecycle/adopt'
import { diffVersions, readVersion } from '../../services/lifecycle/versions'
import { verifyPdf } from '../../services/lifecycle/verify'

type LifecycleChannels =
  | 'releve/lifecycle'
  | 'releve/diffuse'
  | 'releve/offerApproval'
  | 'releve/adopt'
  | 'releve/openErratum'
  | 'releve/version'
  | 'releve/diff'
  | 'releve/verify'

export const lifecycleHandlers: Pick<HandlerTable, LifecycleChannels> = {
  'releve/lifecycle': ({ meetingId }, ctx) => getLifecycle(ctx.db, meetingId),
  'releve/diffuse': ({ meetingId, ...circulation }, ctx) => diffuseReleve(ctx.db, meetingId, circulation),
  'releve/offerApproval': ({ meetingId, atMeetingId }, ctx) => ({ agendaItemId: offerApproval(ctx.db, meetingId, atMeetingId) }),
  'releve/adopt': async ({ meetingId, atMeetingId, adoptedOn }, ctx) => {
    const { approvalItem: _item, ...result } = await adoptReleve(ctx, meetingId, { atMeetingId, ...(adoptedOn ? { adoptedOn } : {}) })
    return result
  },
  'releve/openErratum': ({ meetingId, reason }, ctx) => openErratum(ctx.db, meetingId, reason),
  'releve/version': ({ meetingId, version }, ctx) => readVersion(ctx.db, meetingId, version),
  'releve/diff': ({ meetingId, from, to }, ctx) => diffVersions(ctx, meetingId, from, to),
  'releve/verify': ({ contentBase64 }, ctx) => verifyPdf(ctx.db, Buffer.from(contentBase64, 'base64')),
}
