import type { AppContext } from '../../context'
import type { Decision, Meeting } from '../../../shared/domain/meetings'
import type { ReleveDecision, ReleveDocument, ReleveEngagementRow } from '../../../shared/domain/releve'
import { AppError } from '../../errors'
import { parsePeriod, displayPeriodIn } from '../../../shared/period'
import { getSettings } from '../settings'
import { richHasContent } from '../../../shared/domain/rich-text'
import { releveFollowUps } from '../registers/releve-follow-ups'
import { adoptedReleve } from '../lifecycle/snapshot'

interface EngagementReportRow {
  number: number
  title: string
  percent: number
  narrative: string
  replanning: string
}

/** The engagement table of a meeting: only figures reported at this meeting, by engagement number. */
function engagementRows(ctx: AppContext, meetingId: number): ReleveEngagementRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT e.number, e.title, r.percent, r.narrative, r.replanning
         FROM progress_reports r JOIN engagements e ON e.id = r.engagement_id
        WHERE r.meeting_id = ?
        ORDER BY e.number, r.id DESC`,
    )
    .all(meetingId) as EngagementReportRow[]
  const seen = new Set<number>()
  const result: ReleveEngagementRow[] = []
  for (const row of rows) {
    // Several reports of one engagement at one meeting: the latest saved one stands.
    if (seen.has(row.number)) continue
    seen.add(row.number)
    result.push({
      number: row.number,
      title: row.title,
      progress: row.percent,
      narrative: row.narrative,
      replanning: row.replanning.split('\n').map((l) => l.trim()).filter(Boolean),
    })
  }
  return result
}

async function loadMeeting(ctx: AppContext, id: number): Promise<Meeting> {
  const result = await ctx.dispatch('meetings/get', { id })
  if (!result.ok) throw new AppError(result.error.code, result.error.message)
  return result.value as Meeting
}

/**
 * The relevé every export prints: the adopted version of an adopted (locked) meeting, else the
 * draft as the tables hold it now.
 */
export async function buildReleve(ctx: AppContext, meetingId: number): Promise<ReleveDocument> {
  return adoptedReleve(ctx.db, meetingId) ?? buildLiveReleve(ctx, meetingId)
}

/** Gathers everything the relevé shows, resolved and in order, from the database (a draft: no adoption). */
export async function buildLiveReleve(ctx: AppContext, meetingId: number): Promise<ReleveDocument> {
  const meeting = await loadMeeting(ctx, meetingId)
  const committee = ctx.db.prepare('SELECT name, acronym FROM committees WHERE id = ?').get(meeting.committeeId) as
    | { name: string; acronym: string }
    | undefined
  const settings = getSettings(ctx.db)
  const dates = [...meeting.dates].sort((a, b) => a.date.localeCompare(b.date))
  const first = dates[0]?.date ?? ''
  const acronym = committee?.acronym || 'COPIL'
  const language = meeting.language === 'ar' ? 'ar' : 'fr'
  return {
    reference: `${acronym}-${first}`,
    committee: { name: committee?.name ?? meeting.committeeName, acronym },
    ...(settings.letterhead.length > 0 ? { letterhead: settings.letterhead } : {}),
    ...(settings.logo ? { logo: settings.logo } : {}),
    title: meeting.title,
    kind: meeting.kind,
    dates: dates.map((d) => ({ date: d.date, ...(d.startTime ? { startTime: d.startTime } : {}), ...(d.endTime ? { endTime: d.endTime } : {}) })),
    mode: meeting.mode,
    place: meeting.place,
    videoTool: meeting.videoTool,
    // Adopted only as a recorded version (see adoptedReleve): a live build is a draft, « PROJET ».
    adopted: false,
    // The attendance comes in the meeting's order: by side, or the protocol order as set.
    participantOrder: meeting.participantOrder,
    participants: meeting.attendance.map((a) => ({
      civility: a.civility,
      firstName: a.firstName,
      lastName: a.lastName,
      organisation: a.organisationName,
      ...acronymOf(ctx, a.organisationId, a.organisationName),
      side: a.side ?? 'autre',
      status: a.status,
      ...(a.representedBy ? { representedBy: a.representedBy } : {}),
      ...(a.function ? { function: a.function } : {}),
    })),
    agenda: meeting.agenda.map((item) => ({
      title: item.title,
      ...(item.presenter ? { presenter: item.presenter } : {}),
      ...(item.discussionHeading.trim() ? { discussionHeading: item.discussionHeading } : {}),
      ...(item.decisionsHeading.trim() ? { decisionsHeading: item.decisionsHeading } : {}),
      discussion: item.discussion,
      decisions: meeting.decisions.filter((d) => d.agendaItemId === item.id).map(releveDecision),
    })),
    decisionStyle: meeting.decisionStyle,
    // Only an Arabic relevé says so: French stays the implicit default of the canonical text.
    ...(language === 'ar' ? { language } : {}),
    // Decisions not attached to an agenda item still belong in the relevé: under a last, untitled group.
    ...unattachedDecisions(meeting),
    engagements: engagementRows(ctx, meetingId),
    ...(richHasContent(meeting.introduction) ? { introduction: meeting.introduction } : {}),
    nextSteps: meeting.nextSteps.map((step) => ({
      text: step.text,
      responsible: step.responsibleText,
      // Typed in French, printed in the relevé's language (« fin mars 2021 » → « نهاية مارس 2021 »).
      due: step.dueText.trim() ? displayPeriodIn(language, parsePeriod(step.dueText, first ? { referenceDate: first } : {})) : '',
      status: step.status,
      ...(richHasContent(step.details) ? { details: step.details } : {}),
    })),
    ...releveFollowUps(ctx.db, meetingId, language),
  }
}

/** The organisation's acronym, printed « Nom (ACRONYME) », unless the recorded name already ends with it. */
function acronymOf(ctx: AppContext, organisationId: number | null, name: string): { acronym?: string } {
  if (organisationId === null) return {}
  const row = ctx.db.prepare('SELECT acronym FROM organisations WHERE id = ?').get(organisationId) as { acronym: string } | undefined
  const acronym = row?.acronym.trim() ?? ''
  return acronym && !name.includes(`(${acronym})`) ? { acronym } : {}
}

function unattachedDecisions(meeting: Meeting): Partial<ReleveDocument> {
  const agendaIds = new Set(meeting.agenda.map((a) => a.id))
  const loose = meeting.decisions.filter((d) => d.agendaItemId === null || !agendaIds.has(d.agendaItemId))
  return loose.length ? { otherDecisions: loose.map(releveDecision) } : {}
}

function releveDecision(d: Decision): ReleveDecision {
  return d.note ? { body: d.body, note: true } : { body: d.body }
}
