/**
 * Moving a relevé through its lifecycle: diffusion for comments, adoption (fingerprint, version,
 * lock, and the decision recorded at the adopting meeting), errata. The lock itself lives in the
 * database (migration 0014); these services only take the allowed ways through it.
 */
import type { AppContext } from '../../context'
import type { Db } from '../../db/connection'
import type { ApprovalOffer, ReleveCirculation, ReleveLifecycle, ReleveStage } from '../../../shared/domain/lifecycle'
import { AppError } from '../../errors'
import { t } from '../../../shared/i18n/translate'
import { notFound, todayIso } from '../../db/repos/common'
import { touchMeeting } from '../../db/repos/meetings/touch'
import {
  agendaItemTitled,
  appendAgendaItem,
  appendDecision,
  getCirculation,
  getErratumReason,
  getMeetingLifecycleRow,
  insertVersionAndLock,
  listVersions,
  openErratumRow,
  saveCirculation,
  unadoptedEarlierMeetings,
  type MeetingLifecycleRow,
} from '../../db/repos/lifecycle/lifecycle'
import { canonicalReleve } from '../../../shared/lifecycle/canonical'
import { plainRichDoc } from '../../../shared/domain/rich-text'
import { formatLongDate } from '../../../shared/text/french-dates'
import { buildLiveReleve } from '../releve/build-releve'
import { fingerprintOf } from './snapshot'

function requireRow(db: Db, meetingId: number, field = 'meetingId'): MeetingLifecycleRow {
  const row = getMeetingLifecycleRow(db, meetingId)
  if (!row) throw notFound('meeting', field)
  return row
}

const dateLabel = (iso: string | null): string => (iso ? formatLongDate(iso) : t('lifecycle.undated'))

function stageOf(db: Db, row: MeetingLifecycleRow): ReleveStage {
  if (row.locked) return 'adopte'
  if (getErratumReason(db, row.id) !== null) return 'erratum'
  return getCirculation(db, row.id) ? 'diffuse' : 'brouillon'
}

function approvals(db: Db, row: MeetingLifecycleRow): ApprovalOffer[] {
  return unadoptedEarlierMeetings(db, row.committeeId, row.id, row.firstDate).map((m) => {
    const agendaTitle = t('lifecycle.approvalTitle', { date: dateLabel(m.firstDate) })
    const earlier = requireRow(db, m.id)
    return {
      meetingId: m.id,
      firstDate: m.firstDate,
      title: m.title,
      stage: stageOf(db, earlier),
      agendaTitle,
      onAgenda: agendaItemTitled(db, row.id, agendaTitle) !== undefined,
    }
  })
}

/** Where the meeting's relevé stands: stage, circulation, versions, and what it may approve. */
export function getLifecycle(db: Db, meetingId: number): ReleveLifecycle {
  const row = requireRow(db, meetingId)
  const stage = stageOf(db, row)
  const versions = listVersions(db, meetingId)
  return {
    meetingId,
    stage,
    locked: row.locked,
    circulation: getCirculation(db, meetingId),
    versions,
    erratumReason: getErratumReason(db, meetingId),
    markedAdoptedOnly: row.status === 'adopte' && versions.length === 0,
    approvals: approvals(db, row),
  }
}

/** Records that the draft was sent for comments: when, to whom, until when. */
export function diffuseReleve(db: Db, meetingId: number, circulation: ReleveCirculation): ReleveLifecycle {
  db.transaction(() => {
    const row = requireRow(db, meetingId)
    if (row.locked) throw new AppError('CONFLICT', t('lifecycle.errors.diffuseAdopted'))
    if (circulation.commentsDeadline !== null && circulation.commentsDeadline < circulation.sentOn) {
      const message = t('lifecycle.errors.deadlineBeforeSent')
      throw new AppError('INVALID_INPUT', message, { commentsDeadline: message })
    }
    saveCirculation(db, meetingId, circulation)
    touchMeeting(db, meetingId)
  })()
  return getLifecycle(db, meetingId)
}

/** Adds « Approbation du relevé de la réunion du … » to a later meeting's agenda (once); returns the item's id. */
export function offerApproval(db: Db, meetingId: number, atMeetingId: number): number {
  return db.transaction(() => {
    const { row, at } = checkAdoptingMeeting(db, meetingId, atMeetingId)
    const title = t('lifecycle.approvalTitle', { date: dateLabel(row.firstDate) })
    const existing = agendaItemTitled(db, at.id, title)
    if (existing !== undefined) return existing
    const id = appendAgendaItem(db, at.id, title)
    touchMeeting(db, at.id)
    return id
  })()
}

function checkAdoptingMeeting(db: Db, meetingId: number, atMeetingId: number): { row: MeetingLifecycleRow; at: MeetingLifecycleRow } {
  const row = requireRow(db, meetingId)
  const at = requireRow(db, atMeetingId, 'atMeetingId')
  const refuse = (message: string): never => {
    throw new AppError('INVALID_INPUT', message, { atMeetingId: message })
  }
  if (at.id === row.id) refuse(t('lifecycle.errors.atMeetingSelf'))
  if (at.committeeId !== row.committeeId) refuse(t('lifecycle.errors.atMeetingOtherCommittee'))
  if (row.firstDate && at.firstDate && at.firstDate < row.firstDate) {
    refuse(t('lifecycle.errors.atMeetingEarlier', { at: dateLabel(at.firstDate), date: dateLabel(row.firstDate) }))
  }
  return { row, at }
}

export interface AdoptOptions {
  /** The later meeting of the committee that adopts the relevé (recorded there as a decision). */
  atMeetingId?: number | null
  /** yyyy-mm-dd; default: the adopting meeting's first date, else today in Morocco. */
  adoptedOn?: string
}

export interface AdoptResult extends ReleveLifecycle {
  version: number
  fingerprint: string
  /** The agenda item of the adopting meeting under which the adoption is recorded. */
  approvalItem: { meetingId: number; agendaItemId: number; title: string } | null
}

/**
 * Adopts the relevé as it is now: computes its canonical content and SHA-256, records the version
 * (1, or the next one for an erratum), locks the meeting and, when adopted at a later meeting,
 * records the adoption there as a decision under « Approbation du relevé de la réunion du … ».
 */
export async function adoptReleve(ctx: AppContext, meetingId: number, options: AdoptOptions = {}): Promise<AdoptResult> {
  const db = ctx.db
  const before = requireRow(db, meetingId)
  const versionsBefore = listVersions(db, meetingId)
  if (before.locked) {
    throw new AppError('CONFLICT', t('lifecycle.errors.alreadyAdopted', { version: versionsBefore.at(-1)?.version ?? 1 }))
  }
  const atMeetingId = options.atMeetingId ?? null
  if (atMeetingId !== null) checkAdoptingMeeting(db, meetingId, atMeetingId)
  // Built before the transaction (the builder is asynchronous); the transaction checks that
  // nothing moved the meeting meanwhile.
  const canonical = canonicalReleve(meetingId, await buildLiveReleve(ctx, meetingId))
  const fingerprint = fingerprintOf(canonical)
  const last = versionsBefore.at(-1)
  if (last && last.fingerprint === fingerprint) throw new AppError('CONFLICT', t('lifecycle.errors.erratumNoChange', { version: last.version }))

  const approvalItem = db.transaction(() => {
    const row = requireRow(db, meetingId)
    if (row.locked || row.updatedAt !== before.updatedAt || listVersions(db, meetingId).length !== versionsBefore.length) {
      throw new AppError('CONFLICT', t('lifecycle.errors.changedMeanwhile'))
    }
    const version = versionsBefore.length + 1
    const reason = getErratumReason(db, meetingId) ?? ''
    const at = atMeetingId === null ? undefined : requireRow(db, atMeetingId, 'atMeetingId')
    const adoptedOn = options.adoptedOn ?? at?.firstDate ?? todayIso()
    insertVersionAndLock(db, { meetingId, version, adoptedOn, adoptedAtMeetingId: at?.id ?? null, reason, canonical, fingerprint })
    if (!at) return null
    const date = dateLabel(row.firstDate)
    const title = t('lifecycle.approvalTitle', { date })
    const agendaItemId = agendaItemTitled(db, at.id, title) ?? appendAgendaItem(db, at.id, title)
    const text = version === 1 ? t('lifecycle.approvalDecision', { date }) : t('lifecycle.erratumDecision', { version, date, reason })
    appendDecision(db, at.id, agendaItemId, text, JSON.stringify(plainRichDoc(text)))
    touchMeeting(db, at.id)
    return { meetingId: at.id, agendaItemId, title }
  })()
  return { ...getLifecycle(db, meetingId), version: versionsBefore.length + 1, fingerprint, approvalItem }
}

/** Opens an erratum on an adopted relevé: the meeting becomes editable until the erratum is adopted. */
export function openErratum(db: Db, meetingId: number, reason: string): ReleveLifecycle {
  db.transaction(() => {
    const row = requireRow(db, meetingId)
    if (!row.locked) {
      const open = getErratumReason(db, meetingId) !== null
      throw new AppError('CONFLICT', t(open ? 'lifecycle.errors.erratumOpen' : 'lifecycle.errors.erratumNotAdopted'))
    }
    openErratumRow(db, meetingId, reason)
    touchMeeting(db, meetingId)
  })()
  return getLifecycle(db, meetingId)
}
