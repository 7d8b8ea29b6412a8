import type { HandlerTable } from '../dispatcher'
import {
  deleteCommittee,
  getCommitteeDetail,
  listCommittees,
  saveCommittee,
} from '../../db/repos/committees/committees'
import { deleteMembership, saveMembership } from '../../db/repos/committees/memberships'
import { notFound } from '../../db/repos/common'

type CommitteeChannels =
  | 'committees/list'
  | 'committees/get'
  | 'committees/save'
  | 'committees/delete'
  | 'memberships/save'
  | 'memberships/delete'

export const committeeHandlers: Pick<HandlerTable, CommitteeChannels> = {
  'committees/list': (_input, ctx) => listCommittees(ctx.db),
  'committees/get': ({ id }, ctx) => {
    const committee = getCommitteeDetail(ctx.db, id)
    if (!committee) throw notFound('committee')
    return committee
  },
  'committees/save': (input, ctx) => saveCommittee(ctx.db, input),
  'committees/delete': ({ id }, ctx) => {
    deleteCommittee(ctx.db, id)
    return { deleted: true }
  },
  'memberships/save': (input, ctx) => saveMembership(ctx.db, input),
  'memberships/delete': ({ id }, ctx) => {
    deleteMembership(ctx.db, id)
    return { deleted: true }
  },
}
