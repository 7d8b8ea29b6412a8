import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { getMeeting } from '../../../main/db/repos/meetings/get'
import { richTextRuns } from '../../../shared/domain/rich-text'
import { tempDir } from '../../helpers/temp'

describe('migration 0008 — introduction and rich next-step details', () => {
  it('gives every meeting an empty introduction and moves a next step’s later lines into its details, « - » lines as a list', () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v7 = new Database(file)
    migrate(v7, MIGRATIONS.slice(0, 7))
    const committeeId = v7.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    const meetingId = Number(
      v7
        .prepare("INSERT INTO meetings (committee_id, title, mode, place, first_date) VALUES (?, 'COPIL', 'distance', '', '2020-07-15')")
        .run(committeeId).lastInsertRowid,
    )
    const step = v7.prepare("INSERT INTO next_steps (meeting_id, position, text, due_text) VALUES (?, ?, ?, 'fin juillet 2020')")
    const typed = [
      'Planification des webinaires',
      'Lancement du plan de communication\n- charte graphique dédiée\n– campagne digitale (réseaux sociaux, portail GO)\r\n\nce plan va être transmis aux membres pour avis',
      '\n\nRéunion préparatoire   \n• finalisation des thématiques',
      '   ',
    ]
    typed.forEach((text, k) => step.run(meetingId, k + 1, text))
    v7.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    const meeting = getMeeting(db, meetingId)
    db.close()
    expect(meeting?.introduction).toEqual({ type: 'doc', content: [] })
    const steps = meeting?.nextSteps ?? []
    expect(steps.map((s) => s.text)).toEqual([
      'Planification des webinaires',
      'Lancement du plan de communication',
      'Réunion préparatoire',
      '   ',
    ])
    expect(steps[0]?.details).toEqual({ type: 'doc', content: [] })
    expect(steps[1]?.details).toEqual({
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'charte graphique dédiée' }] }] },
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'campagne digitale (réseaux sociaux, portail GO)' }] }],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'ce plan va être transmis aux membres pour avis' }] },
      ],
    })
    expect(richTextRuns(steps[2]?.details ?? { type: 'doc' })).toEqual(['finalisation des thématiques'])
    expect(steps[3]?.details).toEqual({ type: 'doc', content: [] })
    // Nothing typed is lost: every word of the old text is in the step or its details.
    typed.forEach((text, k) => {
      const now = [steps[k]?.text ?? '', ...richTextRuns(steps[k]?.details ?? { type: 'doc' })].join(' ')
      for (const word of text.split(/[\s\-–•]+/u).filter(Boolean)) expect(now).toContain(word)
    })
  })
})
