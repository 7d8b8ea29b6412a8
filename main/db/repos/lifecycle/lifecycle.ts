/** The relevé's circulation, adopted versions and open errata (migration 0014). */
import type { Db } from '../../connection'
import type { ReleveCirculation, ReleveVersionSummary } from '../../../../shared/domain/lifecycle'
import { sql } from '../common'
import { renumberMeetingCommittee } from '../registers/decision-numbers'

export interface MeetingLifecycleRow {
  id: number
  committeeId: number
  title: string
  firstDate: string | null
  status: string
  locked: boolean
  updatedAt: string
}

/** The meeting's lifecycle columns, or undefined. */
export function getMeetingLifecycleRow(db: Db, meetingId: number): MeetingLifecycleRow | undefined {
  const row = sql(db, 'SELECT id, committee_id, title, first_date, status, locked, updated_at FROM meetings WHERE id = ?').get(
    meetingId,
  ) as
    | { id: number; committee_id: number; title: string; first_date: string | null; status: string; locked: number; updated_at: string }
    | undefined
  return row && {
    id: row.id,
    committeeId: row.committee_id,
    title: row.title,
    firstDate: row.first_date,
    status: row.status,
    locked: row.locked === 1,
    updatedAt: row.updated_at,
  }
}

export function getCirculation(db: Db, meetingId: number): ReleveCirculation | null {
  const row = sql(db, 'SELECT sent_on, recipients, comments_deadline FROM releve_circulations WHERE meeting_id = ?').get(meetingId) as
    | { sent_on: string; recipients: string; comments_deadline: string | null }
    | undefined
  return row ? { sentOn: row.sent_on, recipients: row.recipients, commentsDeadline: row.comments_deadline } : null
}

/** Records (or replaces) when and to whom the draft was sent for comments. */
export function saveCirculation(db: Db, meetingId: number, c: ReleveCirculation): void {
  sql(
    db,
    `INSERT INTO releve_circulations (meeting_id, sent_on, recipients, comments_deadline) VALUES (?, ?, ?, ?)
     ON CONFLICT (meeting_id) DO UPDATE SET sent_on = excluded.sent_on, recipients = excluded.recipients,
       comments_deadline = excluded.comments_deadline`,
  ).run(meetingId, c.sentOn, c.recipients, c.commentsDeadline)
}

const VERSION_COLUMNS = `v.version, v.adopted_on, v.adopted_at_meeting_id, v.reason, v.fingerprint, a.first_date AS at_date
  FROM releve_versions v LEFT JOIN meetings a ON a.id = v.adopted_at_meeting_id`

interface VersionRow {
  version: number
  adopted_on: string
  adopted_at_meeting_id: number | null
  reason: string
  fingerprint: string
  at_date: string | null
}

const toSummary = (r: VersionRow): ReleveVersionSummary => ({
  version: r.version,
  adoptedOn: r.adopted_on,
  adoptedAtMeetingId: r.adopted_at_meeting_id,
  adoptedAtMeetingDate: r.at_date,
  reason: r.reason,
  fingerprint: r.fingerprint,
})

/** Every adopted version of the meeting, oldest first. */
export function listVersions(db: Db, meetingId: number): ReleveVersionSummary[] {
  return (sql(db, `SELECT ${VERSION_COLUMNS} WHERE v.meeting_id = ? ORDER BY v.version`).all(meetingId) as VersionRow[]).map(toSummary)
}

/** One version with its canonical content. */
export function getVersion(db: Db, meetingId: number, version: number): (ReleveVersionSummary & { canonical: string }) | undefined {
  const row = sql(db, `SELECT ${VERSION_COLUMNS.replace('v.version,', 'v.version, v.canonical,')} WHERE v.meeting_id = ? AND v.version = ?`).get(
    meetingId,
    version,
  ) as (VersionRow & { canonical: string }) | undefined
  return row && { ...toSummary(row), canonical: row.canonical }
}

/** The version whose fingerprint this is, with its meeting id. */
export function findVersionByFingerprint(
  db: Db,
  fingerprint: string,
): (ReleveVersionSummary & { meetingId: number; canonical: string }) | undefined {
  const row = sql(
    db,
    `SELECT v.meeting_id, v.canonical, ${VERSION_COLUMNS} WHERE v.fingerprint = ?`,
  ).get(fingerprint) as (VersionRow & { meeting_id: number; canonical: string }) | undefined
  return row && { ...toSummary(row), meetingId: row.meeting_id, canonical: row.canonical }
}

export interface NewVersion {
  meetingId: number
  version: number
  adoptedOn: string
  adoptedAtMeetingId: number | null
  reason: string
  canonical: string
  fingerprint: string
}

/** Appends an adopted version and locks the meeting (its status becomes « adopté »). Call inside a transaction. */
export function insertVersionAndLock(db: Db, v: NewVersion): void {
  sql(
    db,
    `INSERT INTO releve_versions (meeting_id, version, adopted_on, adopted_at_meeting_id, reason, canonical, fingerprint)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.meetingId, v.version, v.adoptedOn, v.adoptedAtMeetingId, v.reason, v.canonical, v.fingerprint)
  sql(db, 'DELETE FROM releve_errata WHERE meeting_id = ?').run(v.meetingId)
  sql(db, "UPDATE meetings SET status = 'adopte', locked = 1 WHERE id = ?").run(v.meetingId)
  // Adopted: its decisions' numbers are frozen now, for good.
  renumberMeetingCommittee(db, v.meetingId)
}

export function getErratumReason(db: Db, meetingId: number): string | null {
  return (sql(db, 'SELECT reason FROM releve_errata WHERE meeting_id = ?').pluck().get(meetingId) as string | undefined) ?? null
}

/** Opens an erratum: records its reason, then unlocks the meeting (the triggers require both, in this order). */
export function openErratumRow(db: Db, meetingId: number, reason: string): void {
  sql(db, 'INSERT INTO releve_errata (meeting_id, reason) VALUES (?, ?)').run(meetingId, reason)
  sql(db, 'UPDATE meetings SET locked = 0 WHERE id = ?').run(meetingId)
}

/** Earlier meetings of the committee (by first date) not adopted in Copil yet, newest first. */
export function unadoptedEarlierMeetings(
  db: Db,
  committeeId: number,
  meetingId: number,
  firstDate: string | null,
): { id: number; title: string; firstDate: string | null; status: string; locked: boolean }[] {
  const rows = sql(
    db,
    `SELECT id, title, first_date, status, locked FROM meetings
      WHERE committee_id = ? AND id <> ? AND locked = 0
        AND first_date IS NOT NULL AND (? IS NULL OR first_date <= ?)
      ORDER BY first_date DESC, id DESC LIMIT 5`,
  ).all(committeeId, meetingId, firstDate, firstDate) as {
    id: number
    title: string
    first_date: string | null
    status: string
    locked: number
  }[]
  return rows.map((r) => ({ id: r.id, title: r.title, firstDate: r.first_date, status: r.status, locked: r.locked === 1 }))
}

/** Whether the meeting's agenda has an item of exactly this title; its id if so. */
export function agendaItemTitled(db: Db, meetingId: number, title: string): number | undefined {
  return sql(db, 'SELECT id FROM agenda_items WHERE meeting_id = ? AND title = ? ORDER BY position LIMIT 1').pluck().get(meetingId, title) as
    | number
    | undefined
}

/** Appends an agenda item; returns its id. */
export function appendAgendaItem(db: Db, meetingId: number, title: string): number {
  return Number(
    sql(
      db,
      `INSERT INTO agenda_items (meeting_id, position, title)
       VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM agenda_items WHERE meeting_id = ?), ?)`,
    ).run(meetingId, meetingId, title).lastInsertRowid,
  )
}

/** Appends a decision (plain text and its rich body) under an agenda item; returns its id. */
export function appendDecision(db: Db, meetingId: number, agendaItemId: number, text: string, body: string): number {
  const id = Number(
    sql(
      db,
      `INSERT INTO decisions (meeting_id, agenda_item_id, position, text, body)
       VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM decisions WHERE meeting_id = ?), ?, ?)`,
    ).run(meetingId, agendaItemId, meetingId, text, body).lastInsertRowid,
  )
  renumberMeetingCommittee(db, meetingId)
  return id
}
