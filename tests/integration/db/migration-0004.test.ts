import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { openDatabase } from '../../../main/db/connection'
import { migrate } from '../../../main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../main/db/migrations'
import { tempDir } from '../../helpers/temp'
import { startServices } from '../../../main/bootstrap'

describe('migration 0004 — folded meeting titles for search', () => {
  it('fills the folded title of existing meetings and keeps it current on every write', async () => {
    const file = join(tempDir(), 'copil.sqlite')
    const v3 = new Database(file)
    migrate(v3, MIGRATIONS.slice(0, 3))
    const committeeId = v3.prepare("INSERT INTO committees (name, name_key) VALUES ('COPIL', 'copil')").run().lastInsertRowid
    v3.prepare("INSERT INTO meetings (committee_id, title, first_date) VALUES (?, 'Réunion du Comité de PILOTAGE', '2020-07-15')").run(committeeId)
    v3.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare('SELECT title_key FROM meetings').pluck().get()).toBe('reunion du comite de pilotage')
    db.close()

    const app = startServices({ dbPath: file, dataDir: tempDir(), transport: 'web' })
    try {
      const list = async (search: string) => {
        const result = await app.dispatcher.dispatch('meetings/list', { search })
        return result.ok ? (result.value as { meetings: { title: string }[] }).meetings.map((m) => m.title) : []
      }
      expect(await list('comité pilotage')).toEqual(['Réunion du Comité de PILOTAGE'])
      const created = await app.dispatcher.dispatch('meetings/create', {
        committeeId: Number(committeeId),
        header: { title: 'Atelier Électronique', kind: 'atelier', mode: 'presentiel', dates: [{ date: '2021-03-02' }] },
      })
      expect(created.ok).toBe(true)
      expect(await list('electronique')).toEqual(['Atelier Électronique'])
      const id = created.ok ? (created.value as { id: number }).id : 0
      await app.dispatcher.dispatch('meetings/saveHeader', {
        id,
        header: { title: 'Séminaire régional', kind: 'atelier', mode: 'presentiel', dates: [{ date: '2021-03-02' }] },
      })
      expect(await list('electronique')).toEqual([])
      expect(await list('SEMINAIRE')).toEqual(['Séminaire régional'])
    } finally {
      app.close()
    }
  })
})
