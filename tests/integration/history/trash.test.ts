import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { openDatabase, type Db } from '../../../main/db/connection'
import { listTrash, purgeTrash, restoreTrash } from '../../../main/db/repos/history/trash'
import { setActor } from '../../../main/services/history/history'
import { startTestServices, snapshotCounts } from '../../helpers/services'
import { tempDir } from '../../helpers/temp'

/** Everything a meeting holds, as a user would compare it before and after. */
function meetingContent(db: Db, meetingId: number) {
  const all = (sql: string) => db.prepare(sql).all(meetingId)
  return {
    meeting: db.prepare('SELECT title, place, introduction, first_date FROM meetings WHERE id = ?').get(meetingId),
    dates: all('SELECT position, date, start_time FROM meeting_dates WHERE meeting_id = ? ORDER BY position'),
    attendance: all(
      'SELECT person_id, status, function, position FROM attendance WHERE meeting_id = ? ORDER BY position',
    ),
    agenda: all('SELECT position, title, discussion FROM agenda_items WHERE meeting_id = ? ORDER BY position'),
    decisions:
      all(`SELECT d.position, d.text, d.body, a.title AS item FROM decisions d LEFT JOIN agenda_items a ON a.id = d.agenda_item_id
                     WHERE d.meeting_id = ? ORDER BY d.position`),
    nextSteps: all('SELECT position, text, details FROM next_steps WHERE meeting_id = ? ORDER BY position'),
    progress: all('SELECT percent FROM progress_reports WHERE meeting_id = ?'),
  }
}

describe('the « Corbeille »', () => {
  it('puts a deleted meeting in the trash with who and when, and « Restaurer » brings it back with its content', async () => {
    const app = startTestServices()
    const call = async (channel: string, input: unknown) => {
      const result = await app.dispatcher.dispatch(channel, input)
      if (!result.ok) throw new Error(result.error.message)
      return result.value
    }
    await call('history/setActor', { name: 'Fatima Zahra' })
    const { meetingId } = (await call('demo/load', {})) as { meetingId: number }
    const db = app.ctx.db
    const before = meetingContent(db, meetingId)
    expect(before.attendance.length).toBeGreaterThan(5)
    expect(before.decisions.length).toBeGreaterThan(0)
    expect(before.progress.length).toBeGreaterThan(0)
    const counts = snapshotCounts(app)

    await call('meetings/delete', { id: meetingId })
    expect(db.prepare('SELECT count(*) FROM attendance WHERE meeting_id = ?').pluck().get(meetingId)).toBe(0)
    const trash = (await call('history/trash', {})) as { id: number; kind: string; label: string; actor: string }[]
    expect(trash).toHaveLength(1)
    expect(trash[0]).toMatchObject({ kind: 'meeting', actor: 'Fatima Zahra' })
    expect(trash[0]?.label).toContain(
      db.prepare('SELECT ref FROM history WHERE table_name = ? AND op = ?').pluck().get('meetings', 'delete'),
    )

    const restored = (await call('history/restore', { trashId: trash[0]?.id })) as { kind: string }
    expect(restored.kind).toBe('meeting')
    expect(meetingContent(db, meetingId)).toEqual(before)
    const after = snapshotCounts(app)
    for (const table of Object.keys(counts).filter((name) => name !== 'history' && name !== 'trash')) {
      expect(after[table], table).toBe(counts[table])
    }
    expect(await call('history/trash', {})).toEqual([])
    const again = await app.dispatcher.dispatch('history/restore', { trashId: trash[0]?.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('restores under a new id when the old one was taken meanwhile, children included', () => {
    const db = openDatabase(join(tempDir(), 'copil.sqlite'))
    const committee = db.prepare("INSERT INTO committees (name, name_key) VALUES ('C', 'c')").run().lastInsertRowid
    const meeting = Number(
      db.prepare("INSERT INTO meetings (committee_id, title) VALUES (?, 'Ancienne')").run(committee).lastInsertRowid,
    )
    db.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'D')").run(meeting)
    db.prepare('DELETE FROM meetings WHERE id = ?').run(meeting)
    const reused = Number(
      db.prepare("INSERT INTO meetings (committee_id, title) VALUES (?, 'Nouvelle')").run(committee).lastInsertRowid,
    )
    expect(reused).toBe(meeting)
    restoreTrash(db, listTrash(db)[0]?.id ?? 0)
    const back = db.prepare("SELECT id FROM meetings WHERE title = 'Ancienne'").pluck().get() as number
    expect(back).not.toBe(meeting)
    expect(db.prepare('SELECT text FROM decisions WHERE meeting_id = ?').pluck().all(back)).toEqual(['D'])
    expect(db.prepare('SELECT count(*) FROM decisions WHERE meeting_id = ?').pluck().get(reused)).toBe(0)
    db.close()
  })

  it('refuses in French to restore an organisation whose name is taken again, and changes nothing', () => {
    const db = openDatabase(join(tempDir(), 'copil.sqlite'))
    db.prepare(
      "INSERT INTO organisations (name, name_key, acronym, side) VALUES ('Transparency Maroc', 'transparency maroc', 'TM', 'societe_civile')",
    ).run()
    db.prepare('DELETE FROM organisations').run()
    db.prepare(
      "INSERT INTO organisations (name, name_key, side) VALUES ('Transparency  Maroc', 'transparency maroc', 'societe_civile')",
    ).run()
    const item = listTrash(db)[0]
    expect(item).toMatchObject({ kind: 'organisation', label: 'Transparency Maroc (TM)' })
    expect(() => restoreTrash(db, item?.id ?? 0)).toThrow(
      /Impossible de restaurer « Transparency Maroc \(TM\) » : un élément du même nom existe déjà/u,
    )
    expect(db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(1)
    expect(listTrash(db)).toHaveLength(1)
    db.close()
  })

  it('puts a decision and a next step deleted alone in the trash, not those a meeting takes along; a decision needs its meeting back first', () => {
    const db = openDatabase(join(tempDir(), 'copil.sqlite'))
    setActor(db, 'Fatima Zahra')
    const committee = db.prepare("INSERT INTO committees (name, name_key) VALUES ('C', 'c')").run().lastInsertRowid
    const meeting = db
      .prepare("INSERT INTO meetings (committee_id, title) VALUES (?, 'R')")
      .run(committee).lastInsertRowid
    const decision = db
      .prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 1, 'Valider le plan')")
      .run(meeting).lastInsertRowid
    db.prepare("INSERT INTO decisions (meeting_id, position, text) VALUES (?, 2, 'Autre')").run(meeting)
    db.prepare("INSERT INTO next_steps (meeting_id, position, text) VALUES (?, 1, 'Relancer')").run(meeting)
    db.prepare('DELETE FROM decisions WHERE id = ?').run(decision)
    db.prepare('DELETE FROM next_steps').run()
    expect(listTrash(db).map((item) => [item.kind, item.label, item.actor])).toEqual([
      ['nextStep', 'Relancer', 'Fatima Zahra'],
      ['decision', 'Valider le plan', 'Fatima Zahra'],
    ])
    db.prepare('DELETE FROM meetings').run()
    expect(listTrash(db).map((item) => item.kind)).toEqual(['meeting', 'nextStep', 'decision'])
    const decisionItem = listTrash(db).find((item) => item.kind === 'decision')
    expect(() => restoreTrash(db, decisionItem?.id ?? 0)).toThrow(/dépend d’un élément qui n’existe plus/u)
    restoreTrash(db, listTrash(db)[0]?.id ?? 0)
    restoreTrash(db, decisionItem?.id ?? 0)
    expect(db.prepare('SELECT text FROM decisions ORDER BY position').pluck().all()).toEqual([
      'Valider le plan',
      'Autre',
    ])
    db.close()
  })

  it('forgets items deleted more than 30 days ago', () => {
    const db = openDatabase(join(tempDir(), 'copil.sqlite'))
    db.prepare("INSERT INTO organisations (name, name_key, side) VALUES ('A', 'a', 'autre'), ('B', 'b', 'autre')").run()
    db.prepare("DELETE FROM organisations WHERE name = 'A'").run()
    db.prepare("UPDATE trash SET deleted_at = '2026-01-01T10:00:00.000Z'").run()
    db.prepare("DELETE FROM organisations WHERE name = 'B'").run()
    db.prepare("UPDATE trash SET deleted_at = '2026-01-20T10:00:00.000Z' WHERE label = 'B'").run()
    expect(purgeTrash(db, new Date('2026-01-31T09:59:00.000Z'))).toBe(0)
    expect(purgeTrash(db, new Date('2026-01-31T10:01:00.000Z'))).toBe(1)
    expect(listTrash(db).map((item) => item.label)).toEqual(['B'])
    expect(purgeTrash(db, new Date('2026-03-01T00:00:00.000Z'))).toBe(1)
    expect(listTrash(db)).toEqual([])
    db.close()
  })
})
