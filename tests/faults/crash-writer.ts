/**
 * Child process of crash-safety.test.ts: writes meetings, attendance and replans as fast as it can,
 * each in one transaction through the real services (repositories wrapped in db.transaction, or a
 * whole dispatcher call), and acknowledges each commit on stdout — « BEGIN tag » before, « ACK tag »
 * after. The test kills it with SIGKILL at a random moment and reads the database back.
 *
 * Usage: node crash-writer.cjs <db> <run> <seed-ids-json>
 */
import { writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { startServices } from '../../main/bootstrap'
import { createMeeting } from '../../main/db/repos/meetings/write'
import { saveAgendaItem, saveDecision, saveNextStep } from '../../main/db/repos/meetings/items'
import { setAttendance } from '../../main/db/repos/meetings/attendance'
import { writePerson } from '../../main/db/repos/directory/people'
import { createReplan } from '../../main/services/plan-replans'
import { reportProgress } from '../../main/services/plan-structure'
import { KINDS, tagOf, type Kind } from './crash-tags'

export interface CrashSeed {
  committeeId: number
  meetingId: number
  memberIds: number[]
  activityIds: [number, number]
  engagementId: number
}

const [dbPath, runText, seedJson] = process.argv.slice(2)
if (!dbPath || !runText || !seedJson) {
  console.error('usage: crash-writer <db> <run> <seed-json>')
  process.exit(2)
}
const run = Number(runText)
const seed = JSON.parse(seedJson) as CrashSeed

const say = (line: string) => writeSync(1, `${line}\n`)

// A small deterministic generator, so that a failing run can be replayed from its number.
let state = (run * 2654435761) >>> 0 || 1
const random = () => {
  state ^= state << 13
  state ^= state >>> 17
  state ^= state << 5
  return (state >>> 0) / 4294967296
}

const app = startServices({ dbPath, dataDir: dirname(dbPath), transport: 'web' })
const db = app.ctx.db
say('READY')

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const header = (title: string, dates: string[]) => ({
  title,
  kind: 'ordinaire' as const,
  mode: 'presentiel' as const,
  place: 'Rabat',
  videoTool: '',
  notes: '',
  status: 'brouillon' as const,
  dates: dates.map((date) => ({ date, startTime: null, endTime: null })),
})

async function write(kind: Kind, tag: string): Promise<void> {
  switch (kind) {
    case 'meeting':
      return db.transaction(() => {
        const meetingId = createMeeting(db, seed.committeeId, header(`${tag}|réunion`, ['2020-09-16', '2020-09-17']))
        const item = saveAgendaItem(db, {
          meetingId,
          title: `${tag}|point`,
          presenter: '',
          standing: false,
          discussion: paragraph('Discussion'),
        })
        for (let i = 1; i <= 3; i++)
          saveDecision(db, { meetingId, agendaItemId: item.id, text: `${tag}|décision ${i}` })
        saveNextStep(db, {
          meetingId,
          text: `${tag}|étape`,
          responsiblePersonId: null,
          responsibleOrganisationId: null,
          responsibleText: '',
          dueText: 'fin septembre 2020',
          status: 'a_faire',
        })
        for (const personId of seed.memberIds.slice(0, 3))
          setAttendance(db, { meetingId, personId, status: 'present', representedBy: '' })
      })()
    case 'create': {
      const result = await app.dispatcher.dispatch('meetings/create', {
        committeeId: seed.committeeId,
        header: header(`${tag}|réunion`, ['2020-10-01']),
      })
      if (!result.ok) throw new Error(result.error.message)
      return
    }
    case 'guests':
      return db.transaction(() => {
        for (let i = 1; i <= 3; i++) {
          const personId = writePerson(db, {
            civility: 'Mme',
            firstName: 'Invitée',
            lastName: `${tag}|${i}`,
            function: '',
            email: '',
            phone: '',
            organisationId: null,
          })
          setAttendance(db, { meetingId: seed.meetingId, personId, status: 'invite', representedBy: '' })
        }
      })()
    case 'replan':
      return db.transaction(() => {
        for (const activityId of seed.activityIds)
          createReplan(db, { activityId, meetingId: null, newText: `${tag}|période`, reason: `${tag}|raison` })
        reportProgress(db, {
          engagementId: seed.engagementId,
          meetingId: null,
          percent: Math.round(random() * 100),
          narrative: `${tag}|avancement`,
          difficulties: '',
          replanning: '',
        })
      })()
    case 'replanCall': {
      const result = await app.dispatcher.dispatch('replans/create', {
        activityId: seed.activityIds[0],
        newText: `${tag}|période`,
        reason: `${tag}|raison`,
      })
      if (!result.ok) throw new Error(result.error.message)
      return
    }
    case 'big':
      return db.transaction(() => {
        for (let i = 1; i <= 6; i++)
          saveDecision(db, {
            meetingId: seed.meetingId,
            agendaItemId: null,
            text: `${tag}|${'Texte long du relevé. '.repeat(150)}`,
          })
      })()
  }
}

async function main(): Promise<void> {
  for (let seq = 1; ; seq++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)] as Kind
    const tag = tagOf(run, seq, kind)
    say(`BEGIN ${tag}`)
    await write(kind, tag)
    say(`ACK ${tag}`)
  }
}

main().catch((error: unknown) => {
  say(`FAIL ${error instanceof Error ? error.message : String(error)}`)
  process.exit(3)
})
