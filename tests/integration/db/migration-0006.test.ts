import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { startServices } from '../../../main/bootstrap'
import type { Meeting } from '../../../shared/domain/meetings'
import { richTextRuns, type RichDoc } from '../../../shared/domain/rich-text'
import { tempDir } from '../../helpers/temp'

const SUB_POINTS =
  'Collecte des propositions (Octobre 2020) :\n' +
  '- Mise en place d’une plateforme électronique de collecte des idées\n' +
  '- Organisation d’événements thématiques ;\n' +
  'Ces étapes seront présentées au comité.'
/** Text a secretary may have typed in the old plain-text box. */
const TRICKY = [
  SUB_POINTS,
  '• Priorisation (Novembre 2020) :\r\n  - Organisation d’ateliers\r\n  - Concertation interministérielle\r\n• Rédaction des fiches',
  'Budget : -5 % par rapport à 2019\n-\n—\n•Publication sans espace\n- ',
  '<b>pas du HTML</b> & "guillemets" \\ {"type":"doc"} 👍🏽 تمت المصادقة',
  '   \n\n',
]

/** Every visible character, in order, without the list markers that became bullets. */
const letters = (text: string) => text.replace(/[\s\-–—•▪◦]/gu, '')

describe('migration 0006 — decisions as rich text, notes, short headings, numbering', () => {
  it('turns every plain-text decision into a rich one and loses no character', async () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v5 = new Database(file)
    migrate(v5, MIGRATIONS.slice(0, 5))
    const committeeId = v5.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    const meetingId = Number(
      v5
        .prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, 'Réunion du COPIL', '2020-07-15')")
        .run(committeeId).lastInsertRowid,
    )
    v5.prepare("INSERT INTO meeting_dates (meeting_id, position, date) VALUES (?, 1, '2020-07-15')").run(meetingId)
    const itemId = v5
      .prepare(
        `INSERT INTO agenda_items (meeting_id, position, title, presenter, standing, discussion)
         VALUES (?, 1, 'Adaptation du processus de co-création', '', 1, '{"type":"doc","content":[]}')`,
      )
      .run(meetingId).lastInsertRowid
    const insert = v5.prepare('INSERT INTO decisions (meeting_id, agenda_item_id, position, text) VALUES (?, ?, ?, ?)')
    TRICKY.forEach((text, index) => insert.run(meetingId, index === 0 ? itemId : null, index + 1, text))
    v5.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const rows = db.prepare('SELECT text, body, note FROM decisions ORDER BY position').all() as {
      text: string
      body: string
      note: number
    }[]
    // The typed text stays beside the document; nothing is a note yet.
    expect(rows.map((r) => r.text)).toEqual(TRICKY)
    expect(rows.map((r) => r.note)).toEqual([0, 0, 0, 0, 0])
    const bodies = rows.map((r) => JSON.parse(r.body) as RichDoc)
    bodies.forEach((body, index) => expect(letters(richTextRuns(body).join(''))).toBe(letters(TRICKY[index]!)))
    expect(db.prepare('SELECT decisions_heading || discussion_heading FROM agenda_items').pluck().get()).toBe('')
    expect(db.prepare('SELECT decision_style FROM meetings').pluck().get()).toBe('number')
    db.close()

    // « - » lines are a list, the closing line a paragraph after it.
    expect(bodies[0]?.content?.map((b) => b.type)).toEqual(['paragraph', 'bulletList', 'paragraph'])
    // « • » items with « - » sub-points under them: two levels.
    const twoLevels = bodies[1]?.content?.[0]
    expect(twoLevels?.type).toBe('bulletList')
    expect(JSON.stringify(twoLevels)).toContain('"Organisation d’ateliers"')
    expect(twoLevels?.type === 'bulletList' ? twoLevels.content?.length : 0).toBe(2)
    expect(twoLevels?.type === 'bulletList' ? twoLevels.content?.[0]?.content?.[1]?.type : '').toBe('bulletList')
    // A minus sign, a lone dash or an em dash are text, not bullets.
    expect(richTextRuns(bodies[2]!)).toEqual(['Budget : -5 % par rapport à 2019', '-', '—', 'Publication sans espace', '-'])
    expect(richTextRuns(bodies[3]!)).toEqual([TRICKY[3]])
    expect(bodies[4]).toEqual({ type: 'doc', content: [] })

    // The app reads the migrated meeting.
    const app = startServices({ dbPath: file, dataDir: tempDir(), transport: 'web' })
    try {
      const result = await app.dispatcher.dispatch('meetings/get', { id: meetingId })
      expect(result.ok).toBe(true)
      const meeting = (result.ok ? result.value : undefined) as Meeting
      expect(meeting.decisionStyle).toBe('number')
      expect(meeting.decisions.map((d) => d.body)).toEqual(bodies)
      expect(meeting.agenda[0]).toMatchObject({ discussionHeading: '', decisionsHeading: '' })
    } finally {
      app.close()
    }
  })
})
